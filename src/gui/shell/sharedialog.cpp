// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/sharedialog.h"

#include "core/operations/operations.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShareDialog::ShareDialog(Operations *reader, const QString &selectedKey, QWidget *parent)
    : QDialog(parent), m_reader(reader), m_selectedKey(selectedKey)
{
    setWindowTitle(tr("Share anonymized data"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A bundle lets other owners' apps add your cars to their model's fleet band. It holds "
                                "no VIN, no vehicle key, no place, no time of day, no cost and no file name; this is "
                                "everything that leaves the computer:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_all = new QRadioButton(tr("All my vehicles with a known model"), this);
    m_selected = new QRadioButton(tr("Only the selected vehicle %1").arg(selectedKey.left(8)), this);
    m_selected->setEnabled(!selectedKey.isEmpty());
    (selectedKey.isEmpty() ? m_all : m_selected)->setChecked(true);
    layout->addWidget(m_all);
    layout->addWidget(m_selected);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumSize(560, 260);
    layout->addWidget(m_preview);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Save bundle…"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name = u"cardata-share-%1.%2"_s.arg(QDate::currentDate().toString(Qt::ISODate),
                                                          QLatin1StringView(ShareFormat::fileSuffix));
        QString path = QFileDialog::getSaveFileName(this, tr("Save sharing bundle"), QDir(folder).filePath(name),
                                                    tr("Sharing bundles (*.cdshare)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += u"."_s + QLatin1StringView(ShareFormat::fileSuffix);
        if (saveTo(path))
            accept();
    });
    connect(m_all, &QRadioButton::toggled, this, &ShareDialog::updatePreview);
    updatePreview();
}

QStringList ShareDialog::chosenKeys() const
{
    return m_selected->isChecked() ? QStringList{m_selectedKey} : QStringList();
}

QString ShareDialog::previewText() const
{
    return m_preview->toPlainText();
}

void ShareDialog::updatePreview()
{
    auto bundle = m_reader ? m_reader->shareBundle(chosenKeys()) : std::unexpected(tr("No database is open."));
    m_save->setEnabled(bundle.has_value());
    m_bundle.reset();
    if (!bundle) {
        m_preview->setPlainText(tr("Nothing can be shared: %1").arg(bundle.error()));
        return;
    }
    m_bundle = std::move(*bundle);
    const ShareBundle *const shown = &*m_bundle;
    QStringList lines;
    lines << tr("%n vehicle(s), %1 charging session(s), %2 battery reading(s).", "", int(shown->vehicles.size()))
                 .arg(shown->sessionCount())
                 .arg(shown->readingCount())
          << QString()
          << tr("Per vehicle: an id of its own (not its key), model, drive train, capacity when new.")
          << tr("Per session: %1.").arg(ShareFormat::sessionFields().join(u", "_s))
          << tr("  (the day without the time, the mileage rounded to 100 km)")
          << tr("Per battery reading: %1.").arg(ShareFormat::readingFields().join(u", "_s));
    if (const QString sample = shown->sampleSessionRow(); !sample.isEmpty())
        lines << QString() << tr("One session as it is written:") << u"  "_s + sample;
    lines << QString() << tr("The vehicles:");
    for (const SharedVehicle &v : shown->vehicles)
        lines << tr("  %1: %n session(s)", "", int(v.sessions.size())).arg(v.model);
    m_preview->setPlainText(lines.join(u'\n'));
}

bool ShareDialog::saveTo(const QString &path)
{
    if (!m_bundle)
        return false; // (Save is disabled then)
    const auto written = Operations::writeBundle(*m_bundle, path);
    if (!written) {
        m_result->setText(written.error());
        return false;
    }
    m_written = path;
    m_result->setText(tr("Wrote %1 (%L2 bytes).").arg(QDir::toNativeSeparators(path)).arg(*written));
    return true;
}
