#include "clitest.h"
#include "fakeserver.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `sift chat` with issue 17's options and `sift preset`, run as the real binary against the
// fake server, in a throwaway HOME.
class TestCliChatExtras : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void paramsSent();
    void paramWithoutEqualsIsUsageError();
    void jsonObject();
    void jsonSchemaChecked();
    void jsonSchemaFileRefused();
    void logprobsInJson();
    void logprobsNotReturned();
    void attachFiles();
    void attachBinaryRefused();
    void imageMaxSide();
    void presets();
    void presetNameConflicts();

private:
    using Run = CliTest::Run;
    Run run(QStringList arguments, bool chat = true);
    QJsonObject lastBody() const
    {
        return QJsonDocument::fromJson(m_server->requests().last().body).object();
    }
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
};

TestCliChatExtras::Run TestCliChatExtras::run(QStringList arguments, bool chat)
{
    if (chat)
        arguments += { u"--base-url"_s, m_server->baseUrl() + u"/v1/openai"_s };
    QProcessEnvironment environment = CliTest::environment(m_home->path(), u"cli-extras-key"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return CliTest::runWaitingOnSignal(environment, arguments);
}

QString TestCliChatExtras::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestCliChatExtras::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestCliChatExtras::paramsSent()
{
    const Run r = run({ u"chat"_s, u"--param"_s, u"top_k=40"_s, u"--param"_s, u"min_p=0.05"_s,
                        u"--param"_s, uR"(chat_template_kwargs={"enable_thinking":false})"_s,
                        u"--param"_s, u"reasoning_effort=low"_s, u"--param"_s, u"seed=7"_s,
                        u"--param"_s, uR"(stop=["END"])"_s, u"-t"_s, u"0.5"_s, u"hi"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject body = lastBody();
    QCOMPARE(body.value("top_k"_L1), QJsonValue(40));
    QCOMPARE(body.value("min_p"_L1), QJsonValue(0.05));
    QCOMPARE(body.value("chat_template_kwargs"_L1).toObject().value("enable_thinking"_L1),
             QJsonValue(false));
    QCOMPARE(body.value("reasoning_effort"_L1), QJsonValue(u"low"_s));
    QCOMPARE(body.value("seed"_L1), QJsonValue(7));
    QCOMPARE(body.value("stop"_L1).toArray(), QJsonArray{ u"END"_s });
    QCOMPARE(body.value("temperature"_L1), QJsonValue(0.5));
}

void TestCliChatExtras::paramWithoutEqualsIsUsageError()
{
    const Run r = run({ u"chat"_s, u"--param"_s, u"top_k"_s, u"hi"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"KEY=VALUE"_s));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliChatExtras::jsonObject()
{
    const Run r = run({ u"chat"_s, u"--json-object"_s, u"hi"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(lastBody().value("response_format"_L1).toObject(),
             QJsonObject({ { "type"_L1, u"json_object"_s } }));
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isObject());
    QVERIFY(run({ u"chat"_s, u"--json-object"_s, u"--json-schema"_s, u"x"_s, u"hi"_s }).exitCode
            == 2);
}

void TestCliChatExtras::jsonSchemaChecked()
{
    const QString schema = writeFile(
        u"person.json"_s,
        R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},
            "required":["name","age"],"additionalProperties":false})");
    Run r = run({ u"chat"_s, u"--json-schema"_s, schema, u"a person"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject format = lastBody().value("response_format"_L1).toObject();
    QCOMPARE(format.value("type"_L1).toString(), u"json_schema"_s);
    QCOMPARE(format.value("json_schema"_L1).toObject().value("name"_L1).toString(), u"person"_s);
    QCOMPARE(format.value("json_schema"_L1).toObject().value("strict"_L1).toBool(), true);
    QVERIFY(r.err.contains(u"follows the schema"_s));

    r = run({ u"chat"_s, u"-m"_s, u"fault/invalid-json"_s, u"--json-schema"_s, schema, u"--json"_s,
              u"a person"_s });
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(u"$.name"_s), qPrintable(r.err));
    const QJsonObject answer = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(answer.value("schema"_L1).toObject().value("valid"_L1).toBool(), false);
    QCOMPARE(answer.value("schema"_L1).toObject().value("path"_L1).toString(), u"$.name"_s);
}

void TestCliChatExtras::jsonSchemaFileRefused()
{
    const QString bad = writeFile(u"bad.json"_s, R"({"type":"strng"})");
    Run r = run({ u"chat"_s, u"--json-schema"_s, bad, u"x"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"$.type"_s), qPrintable(r.err));
    r = run({ u"chat"_s, u"--json-schema"_s, m_home->filePath(u"missing.json"_s), u"x"_s });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliChatExtras::logprobsInJson()
{
    const Run r = run({ u"chat"_s, u"--logprobs"_s, u"2"_s, u"--json"_s, u"hi"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(lastBody().value("logprobs"_L1), QJsonValue(true));
    QCOMPARE(lastBody().value("top_logprobs"_L1), QJsonValue(2));
    const QJsonObject answer = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(answer.value("content"_L1).toString(), u"Hello! You said: hi"_s);
    QCOMPARE(answer.value("logprobs_returned"_L1).toBool(), true);
    const QJsonArray tokens = answer.value("tokens"_L1).toArray();
    QVERIFY(!tokens.isEmpty());
    QString joined;
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        joined += token.value("token"_L1).toString();
        const double p = token.value("probability"_L1).toDouble();
        QVERIFY(p > 0 && p <= 1);
        QCOMPARE(token.value("top_logprobs"_L1).toArray().size(), 2);
    }
    QCOMPARE(joined, answer.value("content"_L1).toString());
    QVERIFY(run({ u"chat"_s, u"--logprobs"_s, u"21"_s, u"hi"_s }).exitCode == 2);
}

void TestCliChatExtras::logprobsNotReturned()
{
    const Run r = run({ u"chat"_s, u"-m"_s, u"fault/no-logprobs"_s, u"--logprobs"_s, u"1"_s,
                        u"--json"_s, u"hi"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject answer = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(answer.value("logprobs_returned"_L1).toBool(true), false);
    QVERIFY(r.err.contains(u"not returned"_s));
}

void TestCliChatExtras::attachFiles()
{
    QImage image(2000, 1000, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString picture = writeFile(u"chart.png"_s, png);
    const QString code = writeFile(u"util.py"_s, "def f():\n    return 1\n");
    const Run r = run({ u"chat"_s, u"--attach"_s, code, u"--attach"_s, picture, u"explain"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The default model is not known to accept images: a warning, then sent anyway.
    QVERIFY2(r.err.contains(u"not known to accept images"_s), qPrintable(r.err));
    const QJsonArray parts
        = lastBody().value("messages"_L1).toArray().last().toObject().value("content"_L1).toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).toObject().value("text"_L1).toString(),
             u"explain\n\nutil.py:\n```python\ndef f():\n    return 1\n```"_s);
    const QString url
        = parts.at(1).toObject().value("image_url"_L1).toObject().value("url"_L1).toString();
    QVERIFY(url.startsWith(u"data:image/png;base64,"_s));
    QImage sent;
    QVERIFY(sent.loadFromData(QByteArray::fromBase64(url.mid(22).toLatin1())));
    QCOMPARE(sent.size(), QSize(1536, 768));
    QVERIFY(r.out.contains(u"[1 image(s)]"_s));

    const Run vision = run({ u"chat"_s, u"-m"_s, u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s,
                             u"--attach"_s, picture, u"what"_s });
    QVERIFY(vision.exitCode == 0);
    QVERIFY2(!vision.err.contains(u"not known to accept images"_s), qPrintable(vision.err));
}

// --image-max-side N scales attached pictures to N; without it the Settings value applies.
void TestCliChatExtras::imageMaxSide()
{
    QImage image(2000, 1000, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString picture = writeFile(u"chart.png"_s, png);
    const auto sentSize = [this] {
        const QString url = lastBody()
                                .value("messages"_L1)
                                .toArray()
                                .last()
                                .toObject()
                                .value("content"_L1)
                                .toArray()
                                .at(1)
                                .toObject()
                                .value("image_url"_L1)
                                .toObject()
                                .value("url"_L1)
                                .toString();
        QImage sent;
        sent.loadFromData(QByteArray::fromBase64(url.mid(22).toLatin1()));
        return sent.size();
    };
    const QString vision = u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s;
    Run r = run({ u"chat"_s, u"-m"_s, vision, u"--attach"_s, picture, u"--image-max-side"_s,
                  u"800"_s, u"what"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(sentSize(), QSize(800, 400));

    // The setting (Settings → Images up to) is the default.
    QDir().mkpath(m_home->filePath(u".config/Sift"_s));
    QFile settings(m_home->filePath(u".config/Sift/Sift.conf"_s));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[Chat]\nImageMaxSide=500\n");
    settings.close();
    r = run({ u"chat"_s, u"-m"_s, vision, u"--attach"_s, picture, u"what"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(sentSize(), QSize(500, 250));

    for (const QString &bad : { u"0"_s, u"63"_s, u"9000"_s, u"big"_s }) {
        const int requests = m_server->requestCount();
        r = run({ u"chat"_s, u"--attach"_s, picture, u"--image-max-side"_s, bad, u"x"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--image-max-side"_s), qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), requests);
    }
}

void TestCliChatExtras::attachBinaryRefused()
{
    const QString binary = writeFile(u"blob.bin"_s,
                                     QByteArray("\x7f"
                                                "ELF\0\0\1",
                                                7));
    const Run r = run({ u"chat"_s, u"--attach"_s, binary, u"x"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"blob.bin"_s));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliChatExtras::presets()
{
    Run r = run({ u"preset"_s, u"set"_s, u"terse"_s, u"-s"_s, u"Answer in one word."_s, u"-m"_s,
                  u"mistralai/Mistral-7B-Instruct-v0.1"_s, u"-t"_s, u"0.3"_s, u"--param"_s,
                  u"top_k=5"_s },
                false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({ u"preset"_s, u"set"_s, u"x"_s, u"--param"_s, u"oops"_s }, false);
    QCOMPARE(r.exitCode, 2);
    r = run({ u"preset"_s, u"list"_s }, false);
    QVERIFY(r.out.contains(u"terse"_s));
    QVERIFY(!r.out.contains(u"\nx "_s));

    r = run({ u"chat"_s, u"--preset"_s, u"terse"_s, u"hi"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject body = lastBody();
    QCOMPARE(body.value("model"_L1).toString(), u"mistralai/Mistral-7B-Instruct-v0.1"_s);
    QCOMPARE(body.value("temperature"_L1), QJsonValue(0.3));
    QCOMPARE(body.value("top_k"_L1), QJsonValue(5));
    QCOMPARE(body.value("messages"_L1).toArray().first().toObject().value("content"_L1),
             QJsonValue(u"Answer in one word."_s));

    // Options on the command line win over the preset's.
    r = run({ u"chat"_s, u"--preset"_s, u"terse"_s, u"-t"_s, u"1.1"_s, u"-m"_s, u"other/model"_s,
              u"--param"_s, u"top_k=9"_s, u"hi"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    body = lastBody();
    QCOMPARE(body.value("model"_L1).toString(), u"other/model"_s);
    QCOMPARE(body.value("temperature"_L1), QJsonValue(1.1));
    QCOMPARE(body.value("top_k"_L1), QJsonValue(9));

    QCOMPARE(run({ u"chat"_s, u"--preset"_s, u"nope"_s, u"hi"_s }).exitCode, 2);
    r = run({ u"preset"_s, u"export"_s }, false);
    const QString exported = writeFile(u"presets.json"_s, r.out.toUtf8());
    QCOMPARE(run({ u"preset"_s, u"remove"_s, u"terse"_s }, false).exitCode, 0);
    QCOMPARE(run({ u"preset"_s, u"remove"_s, u"terse"_s }, false).exitCode, 2);
    QVERIFY(!run({ u"preset"_s, u"list"_s }, false).out.contains(u"terse"_s));
    QCOMPARE(run({ u"preset"_s, u"import"_s, exported }, false).exitCode, 0);
    QVERIFY(run({ u"preset"_s, u"list"_s }, false).out.contains(u"terse"_s));
    QCOMPARE(run({ u"preset"_s }, false).exitCode, 2);

    // Saved prompts (the Chat tab's prompt library) travel in the same file.
    const QString withPrompts = writeFile(
        u"prompts.json"_s,
        R"({"presets": [], "prompts": [{"name": "Translate", "text": "Translate {{text}}."}]})");
    r = run({ u"preset"_s, u"import"_s, withPrompts }, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Imported 1 prompt"_s), qPrintable(r.out));
    r = run({ u"preset"_s, u"export"_s }, false);
    const QJsonArray prompts
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value("prompts"_L1).toArray();
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(prompts.first().toObject().value("text"_L1).toString(), u"Translate {{text}}."_s);
}

// A name that is taken is never replaced unless asked: `set` needs --replace, `import` exits 2
// naming what is taken and imports nothing, unless --replace, --keep-both or --skip says what to
// do.
void TestCliChatExtras::presetNameConflicts()
{
    Run r = run({ u"preset"_s, u"set"_s, u"terse"_s, u"-s"_s, u"One word."_s }, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({ u"preset"_s, u"set"_s, u"terse"_s, u"-s"_s, u"Two words."_s }, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--replace"_s), qPrintable(r.err));
    const auto exported = [this] {
        return QJsonDocument::fromJson(run({ u"preset"_s, u"export"_s }, false).out.toUtf8())
            .object();
    };
    const auto systemOf = [](const QJsonObject &file, const QString &name) {
        for (const QJsonValue &value : file.value("presets"_L1).toArray()) {
            if (value.toObject().value("name"_L1).toString() == name)
                return value.toObject().value("system"_L1).toString();
        }
        return QString();
    };
    QCOMPARE(systemOf(exported(), u"terse"_s), u"One word."_s);
    r = run({ u"preset"_s, u"set"_s, u"terse"_s, u"-s"_s, u"Two words."_s, u"--replace"_s }, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(systemOf(exported(), u"terse"_s), u"Two words."_s);

    const QString file = writeFile(
        u"conflicts.json"_s,
        R"({"presets": [{"name": "terse", "system": "Imported."}, {"name": "new", "system": "N."}],
            "prompts": [{"name": "Translate", "text": "Imported {{text}}."}]})");
    const auto promptNames = [](const QJsonObject &file) {
        QStringList names;
        for (const QJsonValue &value : file.value("prompts"_L1).toArray())
            names << value.toObject().value("name"_L1).toString();
        return names;
    };
    // No choice given: exit 2, the taken name said, nothing at all imported.
    r = run({ u"preset"_s, u"import"_s, file }, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"“terse”"_s) && r.err.contains(u"--keep-both"_s), qPrintable(r.err));
    QCOMPARE(systemOf(exported(), u"terse"_s), u"Two words."_s);
    QCOMPARE(systemOf(exported(), u"new"_s), QString());
    QVERIFY(promptNames(exported()).isEmpty());
    QCOMPARE(run({ u"preset"_s, u"import"_s, file, u"--skip"_s, u"--replace"_s }, false).exitCode,
             2);

    // --skip: what is free comes in, the taken one stays as it was.
    r = run({ u"preset"_s, u"import"_s, file, u"--skip"_s }, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Skipped 1"_s), qPrintable(r.out));
    QCOMPARE(systemOf(exported(), u"terse"_s), u"Two words."_s);
    QCOMPARE(systemOf(exported(), u"new"_s), u"N."_s);
    QCOMPARE(promptNames(exported()), QStringList{ u"Translate"_s });

    // --keep-both: every taken name gets a " (2)".
    r = run({ u"preset"_s, u"import"_s, file, u"--keep-both"_s }, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(systemOf(exported(), u"terse"_s), u"Two words."_s);
    QCOMPARE(systemOf(exported(), u"terse (2)"_s), u"Imported."_s);
    QCOMPARE(systemOf(exported(), u"new (2)"_s), u"N."_s);
    QCOMPARE(promptNames(exported()), (QStringList{ u"Translate"_s, u"Translate (2)"_s }));

    // --replace: the imported ones win.
    r = run({ u"preset"_s, u"import"_s, file, u"--replace"_s }, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(systemOf(exported(), u"terse"_s), u"Imported."_s);
    QCOMPARE(promptNames(exported()), (QStringList{ u"Translate"_s, u"Translate (2)"_s }));
}

QTEST_GUILESS_MAIN(TestCliChatExtras)
#include "tst_clichatextras.moc"
