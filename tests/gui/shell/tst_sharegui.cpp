// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Sharing in the app (docs/sharing.md): another owner's car from a bundle
// is listed apart from the user's own, joins the fleet band's count, and
// one switch hides it; File -> Share shows what a bundle holds and writes
// one of the user's own cars only.
#include "core/operations/operations.h"
#include "core/share/sharebundle.h"
#include "gui/dashboard/vehicletablemodel.h"
#include "gui/shell/appactions.h"
#include "gui/shell/appsettings.h"
#include "gui/shell/launchoptions.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/sharedialog.h"
#include "guitestmain.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestShareGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedVehiclesAreListedApartAndCanBeHidden();
};

void TestShareGui::sharedVehiclesAreListedApartAndCanBeHidden()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"data"_s);
    const QString sharer = dir.filePath(u"sharer"_s);
    const QString bundle = dir.filePath(u"from-a-friend.cdshare"_s);
    const auto cli = [&](const QStringList &args) { return TestSupport::runCli(args, dir.path()); };
    // A friend with the same model shares it; the user has their own.
    QCOMPARE(cli({u"--data-dir"_s, sharer, u"import"_s, TestSupport::fixture(u"current"_s)}).exitCode, 0);
    QCOMPARE(cli({u"--data-dir"_s, sharer, u"share"_s, u"--out"_s, bundle}).exitCode, 0);
    QCOMPARE(cli({u"--data-dir"_s, data, u"import"_s, TestSupport::fixture(u"current"_s), bundle}).exitCode, 0);

    AppSettings settings(std::make_unique<QSettings>(dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
    LaunchOptions options;
    options.dataDir = data;
    options.windowSize = QSize(1000, 700);
    MainWindow window(options, settings);
    window.show();
    window.start();
    VehicleTableModel *table = window.vehicleModel();
    QTRY_COMPARE(table->rowCount(), 2);
    QStringList shown;
    for (int row = 0; row < 2; ++row)
        shown.append(table->data(table->index(row, VehicleTableModel::Vehicle)).toString());
    QCOMPARE(shown.filter(u"shared "_s).size(), 1); // listed apart, as another owner's
    // The model's entry says whose cars its fleet holds.
    QStringList entries;
    for (int i = 0; i < window.modelCombo()->count(); ++i)
        entries.append(window.modelCombo()->itemText(i));
    QVERIFY2(entries.filter(u"1 yours, 1 shared)"_s).size() == 1, qPrintable(entries.join(u" | "_s)));

    // One switch hides the shared cars, and shows them again.
    QAction *include = window.appActions()->includeShared;
    QVERIFY(include->isChecked());
    include->trigger();
    QTRY_COMPARE(table->rowCount(), 1);
    QVERIFY(!table->data(table->index(0, VehicleTableModel::Vehicle)).toString().startsWith(u"shared"_s));
    QCOMPARE(settings.includeShared(), false); // remembered
    include->trigger();
    QTRY_COMPARE(table->rowCount(), 2);

    // File -> Share: the preview says what leaves; the bundle holds the
    // user's own car only, never the friend's.
    auto reader = Operations::open(data, true);
    QVERIFY(reader);
    ShareDialog dialog(reader->get(), QString());
    const QString preview = dialog.previewText();
    QVERIFY2(preview.startsWith(u"1 vehicle"_s) && preview.contains(u"Per session: day, mileage_km, soc_start, soc_end, "
                                                                    "battery_kwh, grid_kwh, kind, preconditioning."_s),
             qPrintable(preview));
    QVERIFY2(preview.contains(u"[\"20"_s), qPrintable(preview)); // one row, as written
    const QString out = dir.filePath(u"mine.cdshare"_s);
    QVERIFY(dialog.saveTo(out));
    const auto written = ShareBundle::parse(TestSupport::readFile(out));
    QVERIFY2(written, qPrintable(TestSupport::errorText(written)));
    QCOMPARE(written->vehicles.size(), 1);
    QVERIFY(written->source != ShareBundle::parse(TestSupport::readFile(bundle))->source);
}

CARDATA_GUI_TEST_MAIN(TestShareGui)
#include "tst_sharegui.moc"
