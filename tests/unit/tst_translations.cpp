// German, French and Spanish are complete, keep every placeholder, and cover every string in the
// sources; English carries the plural forms; the binary follows the system language.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    bool obsolete = false;
    QStringList forms; // the translation, or its plural forms
};

QString tsPath(const QString &lang)
{
    return QDir(QStringLiteral(SIFT_SOURCE_DIR)).filePath(u"translations/sift_%1.ts"_s.arg(lang));
}

// Reads a Qt Linguist file; <byte value="xd"/> elements stand for control characters.
QList<Entry> readTs(const QString &path, QString *language = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<Entry> entries;
    QString context;
    Entry entry;
    QString *text = nullptr;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const auto name = xml.name();
            if (name == "TS"_L1 && language)
                *language = xml.attributes().value("language"_L1).toString();
            else if (name == "name"_L1)
                context = xml.readElementText();
            else if (name == "message"_L1) {
                entry = Entry();
                entry.context = context;
                entry.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (name == "source"_L1)
                text = &entry.source;
            else if (name == "translation"_L1) {
                const auto type = xml.attributes().value("type"_L1);
                entry.unfinished = type == "unfinished"_L1;
                entry.obsolete = type == "obsolete"_L1 || type == "vanished"_L1;
                if (!entry.numerus) {
                    entry.forms << QString();
                    text = &entry.forms.last();
                }
            } else if (name == "numerusform"_L1) {
                entry.forms << QString();
                text = &entry.forms.last();
            } else if (name == "byte"_L1 && text) {
                *text += QChar(xml.attributes().value("value"_L1).mid(1).toUInt(nullptr, 16));
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (text)
                *text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            const auto name = xml.name();
            if (name == "source"_L1 || name == "translation"_L1 || name == "numerusform"_L1)
                text = nullptr;
            else if (name == "message"_L1)
                entries << entry;
            break;
        }
        default:
            break;
        }
    }
    return xml.hasError() ? QList<Entry>() : entries;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n|v|m)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString &text)
{
    return QString(text).remove(u"&&"_s).contains(u'&');
}

QString describe(const Entry &e)
{
    return e.context + u": "_s + e.source.left(60);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
    void englishPlurals();
    void coversTheSources_data();
    void coversTheSources();
    void followsTheSystemLanguage_data();
    void followsTheSystemLanguage();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void TestTranslations::complete()
{
    QFETCH(QString, lang);
    QString language;
    const QList<Entry> entries = readTs(tsPath(lang), &language);
    QVERIFY2(entries.size() > 100, qPrintable(tsPath(lang)));
    QVERIFY(language.startsWith(lang));
    int unfinished = 0;
    for (const Entry &e : entries) {
        QVERIFY2(!e.obsolete, qPrintable(describe(e)));
        if (e.unfinished) {
            ++unfinished;
            qWarning("unfinished: %s", qPrintable(describe(e)));
            continue;
        }
        // German, French and Spanish have two plural forms (one, other).
        QCOMPARE(e.forms.size(), e.numerus ? 2 : 1);
        for (const QString &form : e.forms) {
            QVERIFY2(!form.trimmed().isEmpty() || e.source.trimmed().isEmpty(),
                     qPrintable(describe(e)));
            QVERIFY2(placeholders(form) == placeholders(e.source),
                     qPrintable(describe(e) + u" → "_s + form));
            QVERIFY2(hasAccelerator(form) == hasAccelerator(e.source),
                     qPrintable(describe(e) + u" → "_s + form));
        }
    }
    QCOMPARE(unfinished, 0);
}

void TestTranslations::englishPlurals()
{
    QString language;
    const QList<Entry> entries = readTs(tsPath(u"en"_s), &language);
    QVERIFY(language.startsWith("en"_L1));
    int plurals = 0;
    for (const Entry &e : entries) {
        if (!e.numerus)
            continue;
        ++plurals;
        QVERIFY2(!e.unfinished, qPrintable(describe(e)));
        QCOMPARE(e.forms.size(), 2);
        QVERIFY2(e.forms.at(0) != e.forms.at(1), qPrintable(describe(e)));
        QVERIFY2(!e.forms.at(0).contains("(s)"_L1) && !e.forms.at(1).contains("(s)"_L1),
                 qPrintable(describe(e)));
    }
    QVERIFY(plurals > 0);
}

void TestTranslations::coversTheSources_data()
{
    complete_data();
}

// lupdate over today's sources adds no message the committed file lacks.
void TestTranslations::coversTheSources()
{
    QFETCH(QString, lang);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"sift_%1.ts"_s.arg(lang));
    QVERIFY(QFile::copy(tsPath(lang), copy));
    QProcess lupdate;
    const QDir source(QStringLiteral(SIFT_SOURCE_DIR));
    lupdate.start(QStringLiteral(SIFT_LUPDATE),
                  { u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                    source.filePath(u"app"_s), source.filePath(u"ui"_s), u"-ts"_s, copy });
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    int unfinished = 0;
    for (const Entry &e : readTs(copy)) {
        if (e.unfinished) {
            ++unfinished;
            qWarning("not translated yet: %s", qPrintable(describe(e)));
        }
    }
    QCOMPARE(unfinished, 0);
}

void TestTranslations::followsTheSystemLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("German") << u"de_DE.UTF-8"_s << u"Aufruf:"_s;
    QTest::newRow("French") << u"fr_FR.UTF-8"_s << u"Utilisation :"_s;
    QTest::newRow("Spanish") << u"es_ES.UTF-8"_s << u"Uso:"_s;
    QTest::newRow("English") << u"en_US.UTF-8"_s << u"Usage:"_s;
    QTest::newRow("C") << u"C"_s << u"Usage:"_s;
    QTest::newRow("untranslated") << u"ja_JP.UTF-8"_s << u"Usage:"_s;
}

// The translations are embedded in the binary and picked from the locale's environment.
void TestTranslations::followsTheSystemLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, firstLine);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LANG"_s, lang);
    QProcess sift;
    sift.setProcessEnvironment(env);
    sift.start(QStringLiteral(SIFT_BINARY), { u"--help"_s });
    QVERIFY(sift.waitForFinished(30000));
    QCOMPARE(sift.exitCode(), 0);
    const QString out = QString::fromUtf8(sift.readAllStandardOutput());
    QCOMPARE(out.section(u'\n', 0, 0), firstLine);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
