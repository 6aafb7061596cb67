#include "platform/LaunchAgentAutostart.h"
#include "platform/RunKeyAutostart.h"
#include "platform/XdgAutostart.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dewey;

namespace {

AutostartEntry entry(const QString& program, const QStringList& arguments = {})
{
    return AutostartEntry{QStringLiteral("stream.dewey.Dewey"), QStringLiteral("Dewey"), program, arguments,
                          QStringLiteral("stream.dewey.Dewey")};
}

QMap<QString, QString> desktopKeys(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QMap<QString, QString> keys;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.value(0) != QStringLiteral("[Desktop Entry]"))
        return {};
    for (const QString& line : lines.mid(1)) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0)
            keys.insert(line.left(equals), line.mid(equals + 1));
    }
    return keys;
}

// Reads an Exec= value back into a command line the way a desktop session does (Desktop Entry
// specification: string unescaping, then quoting rules, then %% for a literal percent sign).
QStringList parseExec(const QString& value)
{
    QString unescaped;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
            ++i;
            unescaped += value[i] == QLatin1Char('s') ? QLatin1Char(' ') : value[i];
        } else {
            unescaped += value[i];
        }
    }
    QStringList arguments;
    QString current;
    bool inQuotes = false;
    bool started = false;
    for (qsizetype i = 0; i < unescaped.size(); ++i) {
        const QChar c = unescaped[i];
        if (inQuotes) {
            if (c == QLatin1Char('\\') && i + 1 < unescaped.size())
                current += unescaped[++i];
            else if (c == QLatin1Char('"'))
                inQuotes = false;
            else
                current += c;
        } else if (c == QLatin1Char('"')) {
            inQuotes = started = true;
        } else if (c == QLatin1Char(' ')) {
            if (started)
                arguments.append(current);
            current.clear();
            started = false;
        } else {
            current += c;
            started = true;
        }
    }
    if (started)
        arguments.append(current);
    for (QString& argument : arguments)
        argument.replace(QStringLiteral("%%"), QStringLiteral("%"));
    return arguments;
}

} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT

private slots:
    void xdgEntryWrittenAndRemoved();
    void xdgExecKeepsTheCommandLine_data();
    void xdgExecKeepsTheCommandLine();
    void xdgEntryPassesDesktopFileValidate();
    void xdgUnwritableFolderSaysWhy();
    void runKeyHoldsTheQuotedCommand();
    void launchAgentRunsAtLoad();
};

void TestAutostart::xdgEntryWrittenAndRemoved()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("config/autostart")); // created on demand
    XdgAutostart autostart(entry(QStringLiteral("/usr/bin/dewey")), folder);
    QCOMPARE(autostart.location(), folder + QStringLiteral("/stream.dewey.Dewey.desktop"));
    QVERIFY(!autostart.isEnabled());

    QString error;
    QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
    QVERIFY(autostart.isEnabled());
    const QMap<QString, QString> keys = desktopKeys(autostart.location());
    QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(keys.value(QStringLiteral("Name")), QStringLiteral("Dewey"));
    QCOMPARE(keys.value(QStringLiteral("Exec")), QStringLiteral("/usr/bin/dewey"));
    QCOMPARE(keys.value(QStringLiteral("Icon")), QStringLiteral("stream.dewey.Dewey"));

    // Another instance (the next start of Dewey) sees the same state.
    XdgAutostart again(entry(QStringLiteral("/usr/bin/dewey")), folder);
    QVERIFY(again.isEnabled());
    QVERIFY2(again.setEnabled(false, &error), qPrintable(error));
    QVERIFY(!QFile::exists(autostart.location()));
    QVERIFY(!autostart.isEnabled());
    // Turning off what is already off is not an error.
    QVERIFY(autostart.setEnabled(false, &error));
}

void TestAutostart::xdgExecKeepsTheCommandLine_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("plain") << QStringLiteral("/usr/bin/dewey") << QStringList{QStringLiteral("--minimized")};
    QTest::addRow("spaces") << QStringLiteral("/home/sam/My Apps/dewey") << QStringList{};
    QTest::addRow("shell characters")
        << QStringLiteral("/opt/$dewey/`x`/\"q\"/back\\slash")
        << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/tmp/a b&c")};
    QTest::addRow("percent") << QStringLiteral("/opt/100%/dewey") << QStringList{QStringLiteral("%u")};
}

void TestAutostart::xdgExecKeepsTheCommandLine()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    XdgAutostart autostart(entry(program, arguments), dir.path());
    QVERIFY(autostart.setEnabled(true));
    const QString exec = desktopKeys(autostart.location()).value(QStringLiteral("Exec"));
    QCOMPARE(parseExec(exec), QStringList{program} + arguments);
}

void TestAutostart::xdgEntryPassesDesktopFileValidate()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (apt-get install desktop-file-utils)");
    QTemporaryDir dir;
    XdgAutostart autostart(entry(QStringLiteral("/opt/My Apps/dewey"), {QStringLiteral("--minimized")}),
                           dir.path());
    QVERIFY(autostart.setEnabled(true));
    QProcess process;
    process.start(validator, {autostart.location()});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0 && output.trimmed().isEmpty(), output.constData());
}

void TestAutostart::xdgUnwritableFolderSaysWhy()
{
    QTemporaryDir dir;
    // A file where the folder should be: the folder cannot be created.
    const QString blocked = dir.filePath(QStringLiteral("autostart"));
    QFile blocker(blocked);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    XdgAutostart autostart(entry(QStringLiteral("/usr/bin/dewey")), blocked);
    QString error;
    QVERIFY(!autostart.setEnabled(true, &error));
    QVERIFY2(error.contains(blocked), qPrintable(error));
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::runKeyHoldsTheQuotedCommand()
{
    // The same code that writes the Windows registry, pointed at an ini file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.ini"));
    const QString program = QStringLiteral("C:/Program Files/Dewey/bin/dewey.exe");
    RunKeyAutostart autostart(entry(program, {QStringLiteral("--minimized")}), path, QSettings::IniFormat);
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(autostart.isEnabled());
    QSettings stored(path, QSettings::IniFormat);
    QCOMPARE(stored.value(QStringLiteral("stream.dewey.Dewey")).toString(),
             RunKeyAutostart::commandLine(program, {QStringLiteral("--minimized")}));
    QVERIFY(RunKeyAutostart::commandLine(program, {}).startsWith(QLatin1Char('"')));
    QVERIFY(autostart.setEnabled(false));
    QVERIFY(!autostart.isEnabled());
    QSettings after(path, QSettings::IniFormat);
    QVERIFY(!after.contains(QStringLiteral("stream.dewey.Dewey")));
}

void TestAutostart::launchAgentRunsAtLoad()
{
    QTemporaryDir dir;
    const QString program = QStringLiteral("/Applications/Dewey.app/Contents/MacOS/Dewey");
    LaunchAgentAutostart autostart(entry(program, {QStringLiteral("--minimized")}), dir.path());
    QVERIFY(autostart.setEnabled(true));
    QFile file(autostart.location());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("<key>Label</key>")));
    QVERIFY(text.contains(QStringLiteral("<string>stream.dewey.Dewey</string>")));
    QVERIFY(text.contains(QStringLiteral("<key>RunAtLoad</key>")));
    QVERIFY(text.contains(QStringLiteral("<string>") + program + QStringLiteral("</string>")));
    QVERIFY(text.contains(QStringLiteral("<string>--minimized</string>")));
    QVERIFY(autostart.setEnabled(false));
    QVERIFY(!autostart.isEnabled());
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
