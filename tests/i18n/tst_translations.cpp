#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every translation in translations/ is complete for the code as it is now: lupdate runs over the
// sources into temporary copies of the .ts files (the repository is never touched) and the copies
// must hold no unfinished or vanished entry, and no translation may lose or gain a placeholder,
// rich-text tag or keyboard accelerator. A failure lists every offending string; the fix is
// `ninja update_translations`, then translating what it added.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void complete_data();
    void complete();

private:
    QString m_lupdate;
    QString m_tsDirectory;
    QString m_sourcesList;
};

namespace {

// English is the language of the source code: its file carries only the plural forms.
const QString kSourceLanguage = QStringLiteral("en");

struct Message
{
    QString context;
    QString source;
    QString type; // empty when finished; "unfinished", "vanished" or "obsolete" otherwise
    bool numerus = false;
    QStringList translations; // the translation, or one entry per plural form
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

Message readMessage(QXmlStreamReader& xml, const QString& context)
{
    Message message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == QLatin1String("TS")) {
        ts.language = xml.attributes().value(QLatin1String("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("context")) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("name"))
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("message"))
                    ts.messages << readMessage(xml, context);
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

// What a translation must carry over unchanged: %1…%99 (and %L1), %n, the alert placeholders such
// as {buyer}, and the rich-text tags. Sorted, so a translation may reorder them.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(%L?\d{1,2}|%n|\{[A-Za-z_]+\}|)"
                       R"(</?(?:a|b|i|u|p|br|em|strong|code|ol|ul|li|h[1-6]|span|div)\b[^>]*>)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// A keyboard accelerator is "&" before a character; "&&" is a literal ampersand.
int acceleratorCount(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral(R"(&[^&\s])"));
    text.replace(QLatin1String("&&"), QString());
    return int(text.count(accelerator));
}

// Plural forms per language, as lrelease's rules have them.
int expectedPluralForms(const QString& language)
{
    if (language == QLatin1String("ja") || language == QLatin1String("zh_CN") ||
        language == QLatin1String("ko"))
        return 1;
    return 2;
}

QString describe(const Message& message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source);
}

QStringList problemsOf(const TsFile& ts, const QString& expectedLanguage)
{
    QStringList problems;
    if (ts.language != expectedLanguage) {
        problems << QStringLiteral("the file says language=\"%1\", its name says \"%2\"")
                        .arg(ts.language, expectedLanguage);
    }
    for (const Message& message : ts.messages) {
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete")) {
            problems << QStringLiteral("vanished from the code (run update_translations): ") +
                            describe(message);
            continue;
        }
        if (message.type == QLatin1String("unfinished")) {
            problems << QStringLiteral("unfinished: ") + describe(message);
            continue;
        }
        if (message.numerus && message.translations.size() != expectedPluralForms(ts.language)) {
            problems << QStringLiteral("%1 plural forms instead of %2: ")
                                .arg(message.translations.size())
                                .arg(expectedPluralForms(ts.language)) +
                            describe(message);
        }
        const QStringList expected = placeholders(message.source);
        for (const QString& translation : message.translations) {
            // An empty translation of a finished entry leaves the source text in place (English).
            if (translation.isEmpty() && !message.numerus)
                continue;
            if (translation.isEmpty()) {
                problems << QStringLiteral("empty plural form: ") + describe(message);
                continue;
            }
            const QStringList found = placeholders(translation);
            if (found != expected) {
                const auto list = [](const QStringList& tokens) {
                    return tokens.isEmpty() ? QStringLiteral("none") : tokens.join(QLatin1Char(' '));
                };
                problems << QStringLiteral("placeholders %1 instead of %2 in \"%3\": ")
                                    .arg(list(found), list(expected), translation) +
                                describe(message);
            }
            if (acceleratorCount(translation) != acceleratorCount(message.source)) {
                problems
                    << QStringLiteral("keyboard accelerator (&) lost or added in \"%1\": ").arg(translation) +
                           describe(message);
            }
        }
    }
    return problems;
}

} // namespace

void TestTranslations::initTestCase()
{
    m_lupdate = qEnvironmentVariable("DEWEY_LUPDATE");
    m_tsDirectory = qEnvironmentVariable("DEWEY_TS_DIR");
    m_sourcesList = qEnvironmentVariable("DEWEY_TRANSLATABLE_SOURCES_LIST");
    QVERIFY2(QFile::exists(m_lupdate), qPrintable(QStringLiteral("no lupdate at \"%1\"").arg(m_lupdate)));
    QVERIFY2(
        QFile::exists(m_sourcesList),
        qPrintable(
            QStringLiteral("no list of sources at \"%1\" (configure the build first)").arg(m_sourcesList)));
    QVERIFY(!QDir(m_tsDirectory).entryList({QStringLiteral("dewey_*.ts")}, QDir::Files).isEmpty());
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    const QStringList files = QDir(m_tsDirectory).entryList({QStringLiteral("dewey_*.ts")}, QDir::Files);
    for (const QString& file : files) {
        const QString language = file.mid(6, file.size() - 6 - 3);
        QTest::addRow("%s", qPrintable(language)) << language;
    }
}

void TestTranslations::complete()
{
    QFETCH(QString, language);

    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString name = QStringLiteral("dewey_%1.ts").arg(language);
    const QString copy = work.filePath(name);
    QVERIFY(QFile::copy(QDir(m_tsDirectory).filePath(name), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // Unlike update_translations, no -no-obsolete: vanished strings must show up here.
    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none")};
    if (language == kSourceLanguage)
        arguments << QStringLiteral("-pluralonly");
    arguments << QLatin1Char('@') + m_sourcesList << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(m_lupdate, arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    const TsFile ts = readTs(copy);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(!ts.messages.isEmpty(), qPrintable(QStringLiteral("lupdate found no strings:\n") + output));

    const QStringList problems = problemsOf(ts, language);
    for (const QString& problem : problems)
        qWarning().noquote() << name + QStringLiteral(": ") + problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in %2 after lupdate, listed above")
                                                .arg(problems.size())
                                                .arg(name)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
