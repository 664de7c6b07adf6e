#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class Store;
struct SubParser;

// cardata-health-cli: the scriptable face of the core library.
// Exit codes: 0 success, 1 a file or operation failed, 2 usage error.
class Cli
{
public:
    Cli(QStringList arguments, QTextStream &out, QTextStream &err);
    int run();

    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

private:
    int importCommand(const QStringList &args);
    int vehiclesCommand(const QStringList &args);
    int forgetCommand(const QStringList &args);
    int setModelCommand(const QStringList &args);
    int setCapacityCommand(const QStringList &args);
    int healthCommand(const QStringList &args);
    int demoCommand(const QStringList &args);
    int usage(const QString &message);
    QString dataDir() const;
    // Parses a subcommand's arguments; an exit code when the command is
    // already done (usage error, --help), nullopt to go on.
    std::optional<int> parse(SubParser &sub, const QStringList &args);
    // The store of the data folder, or null after saying why on stderr.
    std::unique_ptr<Store> openStore();

    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dataDir;
};
