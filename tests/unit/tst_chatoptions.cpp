#include "chat/attachments.h"
#include "chat/chatoptions.h"
#include "chat/message.h"
#include "chat/presets.h"
#include "models/modelcatalog.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRgba64>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// Chat options, presets, prompt templates and attachments: the request shapes they make.
class TestChatOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyParameterInRequest();
    void extraMergedLast();
    void unsetNotSent();
    void responseFormatShapes();
    void optionsJsonRoundTrip();
    void parseAssignment_data();
    void parseAssignment();
    void parseExtra();
    void presetStore();
    void presetImportExport();
    void presetImportNeverReplacesUnasked();
    void presetFileRoundTripsEverySetting();
    void promptLibraryStore();
    void promptRenamed();
    void promptsTravelWithPresets();
    void promptTemplate();
    void textAttachmentFenced();
    void fenceLongerThanBackticksInside();
    void binaryRefusedByName();
    void largeTextRefused();
    void imageScaledAndSentAsPart();
    void smallImageKeptAsIs();
    void scaledImageStaysSmall();
    void webpAndGifScaledAndSent_data();
    void webpAndGifScaledAndSent();
    void smallWebpAndGifKeptAsIs_data();
    void smallWebpAndGifKeptAsIs();
    void visionModelsMarked();
};

void TestChatOptions::everyParameterInRequest()
{
    ChatOptions options;
    options.temperature = 0.7;
    options.topP = 0.9;
    options.topK = 40;
    options.minP = 0.05;
    options.maxTokens = 256;
    options.stop = { u"END"_s, u"###"_s };
    options.presencePenalty = 0.5;
    options.frequencyPenalty = -0.5;
    options.repetitionPenalty = 1.1;
    options.seed = 1234567890123;
    options.reasoningEffort = u"low"_s;
    options.topLogprobs = 3;
    ChatRequest request;
    request.model = u"m"_s;
    options.applyTo(request);
    const QJsonObject body = request.toJson();
    QCOMPARE(body.value("temperature"_L1).toDouble(), 0.7);
    QCOMPARE(body.value("top_p"_L1).toDouble(), 0.9);
    QCOMPARE(body.value("top_k"_L1).toInt(), 40);
    QCOMPARE(body.value("min_p"_L1).toDouble(), 0.05);
    QCOMPARE(body.value("max_tokens"_L1).toInt(), 256);
    QCOMPARE(body.value("stop"_L1).toArray(), QJsonArray({ u"END"_s, u"###"_s }));
    QCOMPARE(body.value("presence_penalty"_L1).toDouble(), 0.5);
    QCOMPARE(body.value("frequency_penalty"_L1).toDouble(), -0.5);
    QCOMPARE(body.value("repetition_penalty"_L1).toDouble(), 1.1);
    QCOMPARE(body.value("seed"_L1).toInteger(), 1234567890123);
    QCOMPARE(body.value("reasoning_effort"_L1).toString(), u"low"_s);
    QCOMPARE(body.value("logprobs"_L1).toBool(), true);
    QCOMPARE(body.value("top_logprobs"_L1).toInt(), 3);
}

void TestChatOptions::extraMergedLast()
{
    ChatOptions options;
    options.temperature = 0.2;
    options.extra = QJsonObject{ { "chat_template_kwargs"_L1,
                                   QJsonObject{ { "enable_thinking"_L1, false } } },
                                 { "temperature"_L1, 1.5 },
                                 { "model"_L1, u"evil"_s },
                                 { "stream"_L1, false } };
    ChatRequest request;
    request.model = u"m"_s;
    request.messages = { { u"user"_s, u"hi"_s } };
    options.applyTo(request);
    const QJsonObject body = request.toJson();
    QCOMPARE(body.value("chat_template_kwargs"_L1).toObject().value("enable_thinking"_L1),
             QJsonValue(false));
    QCOMPARE(body.value("temperature"_L1).toDouble(), 1.5); // extra wins over the typed field
    QCOMPARE(body.value("model"_L1).toString(), u"m"_s);    // but never replaces these
    QCOMPARE(body.value("stream"_L1).toBool(), true);
    QCOMPARE(body.value("messages"_L1).toArray().size(), 1);
}

void TestChatOptions::unsetNotSent()
{
    ChatRequest request;
    request.model = u"m"_s;
    ChatOptions().applyTo(request);
    const QJsonObject body = request.toJson();
    for (const auto key : { "temperature"_L1, "top_k"_L1, "min_p"_L1, "seed"_L1, "logprobs"_L1,
                            "top_logprobs"_L1, "response_format"_L1, "reasoning_effort"_L1 })
        QVERIFY2(!body.contains(key), key.data());
}

void TestChatOptions::responseFormatShapes()
{
    ResponseFormat format;
    QVERIFY(format.toJson().isUndefined());
    format.kind = ResponseFormat::Kind::JsonObject;
    QCOMPARE(format.toJson().toObject(), QJsonObject({ { "type"_L1, u"json_object"_s } }));
    format.kind = ResponseFormat::Kind::JsonSchema;
    format.name = u"person"_s;
    format.schema = QJsonObject{ { "type"_L1, u"object"_s } };
    format.strict = true;
    const QJsonObject expected{ { "type"_L1, u"json_schema"_s },
                                { "json_schema"_L1,
                                  QJsonObject{
                                      { "name"_L1, u"person"_s },
                                      { "schema"_L1, QJsonObject{ { "type"_L1, u"object"_s } } },
                                      { "strict"_L1, true } } } };
    QCOMPARE(format.toJson().toObject(), expected);
    QCOMPARE(ResponseFormat::fromJson(format.toJson()), format);
}

void TestChatOptions::optionsJsonRoundTrip()
{
    ChatOptions options;
    options.temperature = 0.3;
    options.topK = 12;
    options.stop = { u"x"_s };
    options.seed = 7;
    options.extra = QJsonObject{ { "top_k"_L1, 99 }, { "foo"_L1, u"bar"_s } };
    options.responseFormat.kind = ResponseFormat::Kind::JsonObject;
    options.topLogprobs = 0;
    const ChatOptions back = ChatOptions::fromJson(options.toJson());
    QCOMPARE(back, options);
}

void TestChatOptions::parseAssignment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("json"); // the value as compact JSON in an array
    QTest::newRow("integer") << u"top_k=40"_s << true << u"top_k"_s << u"[40]"_s;
    QTest::newRow("float") << u"min_p=0.05"_s << true << u"min_p"_s << u"[0.05]"_s;
    QTest::newRow("bool") << u"x=true"_s << true << u"x"_s << u"[true]"_s;
    QTest::newRow("object") << uR"(k={"a":[1]})"_s << true << u"k"_s << uR"([{"a":[1]}])"_s;
    QTest::newRow("quoted string") << uR"(s="42")"_s << true << u"s"_s << uR"(["42"])"_s;
    QTest::newRow("bare word is text")
        << u"effort=high"_s << true << u"effort"_s << uR"(["high"])"_s;
    QTest::newRow("value with =") << u"a=b=c"_s << true << u"a"_s << uR"(["b=c"])"_s;
    QTest::newRow("empty value is text") << u"a="_s << true << u"a"_s << uR"([""])"_s;
    QTest::newRow("two values are text") << u"a=1,2"_s << true << u"a"_s << uR"(["1,2"])"_s;
    QTest::newRow("no =") << u"top_k"_s << false << QString() << QString();
    QTest::newRow("no key") << u"=3"_s << false << QString() << QString();
}

void TestChatOptions::parseAssignment()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, key);
    QFETCH(QString, json);
    QString parsedKey;
    QJsonValue value;
    QCOMPARE(ChatParams::parseAssignment(text, &parsedKey, &value), ok);
    if (!ok)
        return;
    QCOMPARE(parsedKey, key);
    QCOMPARE(QString::fromUtf8(QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact)),
             json);
}

void TestChatOptions::parseExtra()
{
    QJsonObject extra;
    QString error;
    QVERIFY(ChatParams::parseExtra(u"  "_s, &extra, &error));
    QVERIFY(extra.isEmpty());
    QVERIFY(ChatParams::parseExtra(uR"({"top_k": 3})"_s, &extra, &error));
    QCOMPARE(extra.value("top_k"_L1).toInt(), 3);
    QVERIFY(!ChatParams::parseExtra(u"{\n\"a\": }"_s, &extra, &error));
    QVERIFY2(error.contains(u"Line 2"_s), qPrintable(error));
    QVERIFY(!ChatParams::parseExtra(u"[1]"_s, &extra, &error));
    QVERIFY(error.contains(u"object"_s));
}

void TestChatOptions::presetStore()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"presets.ini"_s);
    Preset preset;
    preset.name = u"Code/review"_s; // '/' must not become a settings group
    preset.systemPrompt = u"Review this {{language}} code."_s;
    preset.model = u"codellama/CodeLlama-34b-Instruct-hf"_s;
    preset.options.temperature = 0.1;
    preset.options.responseFormat.kind = ResponseFormat::Kind::JsonObject;
    {
        PresetStore store(ini);
        QVERIFY(store.save(preset));
        Preset other;
        other.name = u"alpha"_s;
        QVERIFY(store.save(other));
        QVERIFY(!store.save(Preset{}));
        store.setConversationPreset(12, u"alpha"_s);
    }
    PresetStore store(ini); // read back from the file
    QCOMPARE(store.names(), QStringList({ u"alpha"_s, u"Code/review"_s }));
    QCOMPARE(store.find(u"Code/review"_s).value(), preset);
    QCOMPARE(store.conversationPreset(12), u"alpha"_s);
    QVERIFY(store.conversationPreset(13).isEmpty());
    QVERIFY(store.remove(u"alpha"_s));
    QVERIFY(!store.remove(u"alpha"_s));
    QCOMPARE(store.names(), QStringList({ u"Code/review"_s }));
}

void TestChatOptions::presetImportExport()
{
    QTemporaryDir dir;
    PresetStore from(dir.filePath(u"a.ini"_s));
    Preset preset;
    preset.name = u"json"_s;
    preset.options.extra = QJsonObject{ { "top_k"_L1, 5 } };
    preset.options.responseFormat.kind = ResponseFormat::Kind::JsonSchema;
    preset.options.responseFormat.schema = QJsonObject{ { "type"_L1, u"object"_s } };
    from.save(preset);
    const QByteArray file = from.exportJson();

    PresetStore to(dir.filePath(u"b.ini"_s));
    QString error;
    QCOMPARE(to.importJson(file, &error), 1);
    QCOMPARE(to.find(u"json"_s).value(), preset);
    QCOMPARE(to.importJson("not json", &error), -1);
    QVERIFY(!error.isEmpty());
    QCOMPARE(to.importJson(R"({"presets": [{"nameless": 1}]})", &error), -1);
}

// A taken name is replaced only when the resolver says so; without one the import is kept beside
// as "Name (2)", "Name (3)", …; a name taken twice in the same file counts as taken.
void TestChatOptions::presetImportNeverReplacesUnasked()
{
    QTemporaryDir dir;
    PresetStore store(dir.filePath(u"a.ini"_s));
    Preset mine;
    mine.name = u"terse"_s;
    mine.systemPrompt = u"Mine."_s;
    QVERIFY(store.save(mine));
    QVERIFY(store.savePrompt({ u"p"_s, u"Mine {{x}}"_s }));
    const QByteArray file = R"({"presets": [{"name": "terse", "system": "Theirs."},
                                           {"name": "terse", "system": "Theirs again."}],
                                "prompts": [{"name": "p", "text": "Theirs"}]})";
    QString error;
    const std::optional<PresetStore::ImportFile> contents = PresetStore::parseImport(file, &error);
    QVERIFY(contents);
    QCOMPARE(store.conflicts(*contents),
             (QList<PresetStore::NameConflict>{ { false, u"terse"_s }, { true, u"p"_s } }));

    int prompts = 0;
    QCOMPARE(store.importJson(file, &error, &prompts), 2);
    QCOMPARE(prompts, 1);
    QCOMPARE(store.find(u"terse"_s)->systemPrompt, u"Mine."_s);
    QCOMPARE(store.find(u"terse (2)"_s)->systemPrompt, u"Theirs."_s);
    QCOMPARE(store.find(u"terse (3)"_s)->systemPrompt, u"Theirs again."_s);
    QCOMPARE(store.findPrompt(u"p"_s)->text, u"Mine {{x}}"_s);
    QCOMPARE(store.findPrompt(u"p (2)"_s)->text, u"Theirs"_s);

    QList<PresetStore::NameConflict> asked;
    const PresetStore::ImportCounts skipped
        = store.importFile(*contents, [&asked](const PresetStore::NameConflict &conflict) {
              asked.append(conflict);
              return PresetStore::ConflictChoice::Skip;
          });
    QCOMPARE(asked.size(), 3);
    QCOMPARE(skipped.skipped, 3);
    QCOMPARE(skipped.presets + skipped.prompts, 0);
    QCOMPARE(store.presets().size(), 3);

    const PresetStore::ImportCounts replaced
        = store.importFile(*contents, [](const PresetStore::NameConflict &) {
              return PresetStore::ConflictChoice::Replace;
          });
    QCOMPARE(replaced.replaced, 3);
    QCOMPARE(store.find(u"terse"_s)->systemPrompt, u"Theirs again."_s);
    QCOMPARE(store.findPrompt(u"p"_s)->text, u"Theirs"_s);
    QCOMPARE(store.presets().size(), 3);
}

void TestChatOptions::presetFileRoundTripsEverySetting()
{
    // Every parameter the Parameters panel offers, with each response format, through a file
    // and back into another store.
    Preset full;
    full.name = u"Every setting"_s;
    full.systemPrompt = u"Line one.\nLine “two”."_s;
    full.model = u"meta-llama/Meta-Llama-3.1-8B-Instruct"_s;
    ChatOptions &o = full.options;
    o.temperature = 0.35;
    o.topP = 0.9;
    o.topK = 40;
    o.minP = 0.05;
    o.maxTokens = 777;
    o.stop = QStringList{ u"END"_s, u"###"_s };
    o.presencePenalty = 0.5;
    o.frequencyPenalty = -0.25;
    o.repetitionPenalty = 1.1;
    o.seed = 1234567890123;
    o.reasoningEffort = u"high"_s;
    o.extra = QJsonObject{ { "chat_template_kwargs"_L1,
                             QJsonObject{ { "enable_thinking"_L1, false } } } };
    o.responseFormat.kind = ResponseFormat::Kind::JsonSchema;
    o.responseFormat.name = u"city"_s;
    o.responseFormat.strict = false;
    o.responseFormat.schema = QJsonObject{
        { "type"_L1, u"object"_s },
        { "required"_L1, QJsonArray{ u"name"_s } },
        { "properties"_L1, QJsonObject{ { "name"_L1, QJsonObject{ { "type"_L1, u"string"_s } } } } }
    };
    o.topLogprobs = 3;
    Preset jsonObject;
    jsonObject.name = u"JSON object"_s;
    jsonObject.options.responseFormat.kind = ResponseFormat::Kind::JsonObject;
    jsonObject.options.temperature = 0.0; // zero is a value, not "unset"
    Preset bare;
    bare.name = u"Bare"_s;

    QTemporaryDir dir;
    PresetStore from(dir.filePath(u"from.ini"_s));
    for (const Preset &preset : { full, jsonObject, bare })
        QVERIFY(from.save(preset));
    const QByteArray file = from.exportJson();
    // The file names the fields as the request does.
    const QJsonObject exported
        = QJsonDocument::fromJson(file).object().value("presets"_L1).toArray().at(1).toObject();
    QCOMPARE(exported.value("name"_L1).toString(), full.name);
    const QJsonObject parameters = exported.value("parameters"_L1).toObject();
    QCOMPARE(parameters.value("response_format"_L1).toObject().value("type"_L1).toString(),
             u"json_schema"_s);
    QCOMPARE(parameters.value("max_tokens"_L1).toInt(), 777);
    QCOMPARE(parameters.value("seed"_L1).toInteger(), Q_INT64_C(1234567890123));

    PresetStore to(dir.filePath(u"to.ini"_s));
    QString error;
    QCOMPARE(to.importJson(file, &error), 3);
    QCOMPARE(to.find(full.name).value(), full);
    QCOMPARE(to.find(jsonObject.name).value(), jsonObject);
    QCOMPARE(to.find(bare.name).value(), bare);
    QCOMPARE(to.exportJson(), file);
    // Read back from its file too.
    PresetStore reopened(dir.filePath(u"to.ini"_s));
    QVERIFY(reopened.presets() == from.presets());
}

void TestChatOptions::promptLibraryStore()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"presets.ini"_s);
    {
        PresetStore store(ini);
        QSignalSpy changed(&store, &PresetStore::changed);
        QVERIFY(store.savePrompt({ u"  Summarise/short "_s, u"Summarise {{text}}."_s }));
        QVERIFY(store.savePrompt({ u"ask"_s, u"Ask me about {{topic}}"_s }));
        QVERIFY(!store.savePrompt({ QString(), u"text"_s }));
        QVERIFY(!store.savePrompt({ u"empty"_s, u"  "_s }));
        QCOMPARE(changed.size(), 2);
        // A prompt and a preset may share a name: they are kept apart.
        Preset preset;
        preset.name = u"ask"_s;
        QVERIFY(store.save(preset));
    }
    PresetStore store(ini);
    QCOMPARE(store.prompts().size(), 2);
    QCOMPARE(store.prompts().first().name, u"ask"_s);
    QCOMPARE(store.findPrompt(u"Summarise/short"_s)->text, u"Summarise {{text}}."_s);
    QVERIFY(!store.findPrompt(u"nope"_s));
    QCOMPARE(store.names(), QStringList{ u"ask"_s });
    QVERIFY(store.removePrompt(u"ask"_s));
    QVERIFY(!store.removePrompt(u"ask"_s));
    QVERIFY(store.find(u"ask"_s)); // the preset stays
    QCOMPARE(store.prompts().size(), 1);
}

void TestChatOptions::promptRenamed()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"presets.ini"_s);
    {
        PresetStore store(ini);
        QVERIFY(store.savePrompt({ u"ask"_s, u"Ask me about {{topic}}"_s }));
        QVERIFY(store.savePrompt({ u"other"_s, u"Other text"_s }));
        QSignalSpy changed(&store, &PresetStore::changed);
        QVERIFY(store.renamePrompt(u"ask"_s, u"  Ask/about "_s));
        QCOMPARE(changed.size(), 1);
        // Refused: no such prompt, an empty name, a name another prompt has.
        QVERIFY(!store.renamePrompt(u"nope"_s, u"x"_s));
        QVERIFY(!store.renamePrompt(u"Ask/about"_s, u"  "_s));
        QVERIFY(!store.renamePrompt(u"Ask/about"_s, u"other"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.findPrompt(u"other"_s)->text, u"Other text"_s);
        // The same name is no change; a change of case is a rename.
        QVERIFY(store.renamePrompt(u"other"_s, u"other"_s));
        QVERIFY(store.renamePrompt(u"other"_s, u"Other"_s));
    }
    PresetStore store(ini);
    QCOMPARE(store.prompts().size(), 2);
    QVERIFY(!store.findPrompt(u"ask"_s));
    QCOMPARE(store.findPrompt(u"Ask/about"_s)->text, u"Ask me about {{topic}}"_s);
    QCOMPARE(store.findPrompt(u"Other"_s)->text, u"Other text"_s);
    QVERIFY(!store.findPrompt(u"other"_s));
}

void TestChatOptions::promptsTravelWithPresets()
{
    QTemporaryDir dir;
    PresetStore from(dir.filePath(u"a.ini"_s));
    Preset preset;
    preset.name = u"terse"_s;
    preset.systemPrompt = u"One word."_s;
    from.save(preset);
    const SavedPrompt prompt{ u"Translate"_s, u"Translate {{text}} into {{language}}."_s };
    from.savePrompt(prompt);
    const QByteArray file = from.exportJson();

    PresetStore to(dir.filePath(u"b.ini"_s));
    QSignalSpy changed(&to, &PresetStore::changed);
    QString error;
    int prompts = -1;
    QCOMPARE(to.importJson(file, &error, &prompts), 1);
    QCOMPARE(prompts, 1);
    QCOMPARE(changed.size(), 1); // once, so the chooser reloads after an import
    QCOMPARE(to.findPrompt(u"Translate"_s).value(), prompt);
    QCOMPARE(to.find(u"terse"_s).value(), preset);

    // A file of prompts only, and a single prompt object, are prompt files too.
    PresetStore only(dir.filePath(u"c.ini"_s));
    QCOMPARE(
        only.importJson(R"({"prompts": [{"name": "p", "text": "Hi {{who}}"}]})", &error, &prompts),
        0);
    QCOMPARE(prompts, 1);
    QCOMPARE(only.importJson(R"({"name": "q", "text": "Bye"})", &error, &prompts), 0);
    QCOMPARE(prompts, 1);
    QCOMPARE(only.prompts().size(), 2);
    QVERIFY(only.presets().isEmpty());
    QCOMPARE(only.importJson(R"({"prompts": [{"name": "no text"}]})", &error), -1);
    QVERIFY(error.contains(u"prompts"_s));
}

void TestChatOptions::promptTemplate()
{
    const QString text = u"Translate {{ text }} into {{language}}; keep {{text}} short. {{}} {x}"_s;
    QCOMPARE(PromptTemplate::variables(text), QStringList({ u"text"_s, u"language"_s }));
    QCOMPARE(PromptTemplate::fill(
                 text, { { u"text"_s, u"“{{language}}”"_s }, { u"language"_s, u"German"_s } }),
             u"Translate “{{language}}” into German; keep “{{language}}” short. {{}} {x}"_s);
    QCOMPARE(PromptTemplate::fill(u"{{a}} {{b}}"_s, { { u"a"_s, u"1"_s } }), u"1 {{b}}"_s);
}

void TestChatOptions::textAttachmentFenced()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"main.py"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("print('hi')\n");
    file.close();
    const Attachments::Loaded loaded = Attachments::fromFile(file.fileName());
    QVERIFY2(loaded.attachment, qPrintable(loaded.error));
    QCOMPARE(loaded.attachment->kind, Attachment::Kind::Text);
    Message message;
    message.content = u"Explain"_s;
    message.attachments = { *loaded.attachment };
    const ChatMessage chat = Attachments::chatMessage(message);
    QCOMPARE(chat.content, u"Explain\n\nmain.py:\n```python\nprint('hi')\n```"_s);
    QVERIFY(chat.parts.isEmpty()); // text only: plain content, as before
}

void TestChatOptions::fenceLongerThanBackticksInside()
{
    const Attachments::Loaded loaded
        = Attachments::fromData(u"README.md"_s, "a\n```\ncode\n````\n");
    QVERIFY(loaded.attachment);
    const QString text = Attachments::textWithFiles(QString(), { *loaded.attachment });
    QVERIFY2(text.startsWith(u"README.md:\n`````markdown\n"_s), qPrintable(text));
    QVERIFY(text.endsWith(u"\n`````"_s));
}

void TestChatOptions::binaryRefusedByName()
{
    const Attachments::Loaded loaded
        = Attachments::fromData(u"program.exe"_s, QByteArray("MZ\x90\0\3\0\0\0", 8));
    QVERIFY(!loaded.attachment);
    QVERIFY2(loaded.error.contains(u"program.exe"_s), qPrintable(loaded.error));
    QVERIFY(loaded.error.contains(u"binary"_s));
    // Not UTF-8 either.
    QVERIFY(!Attachments::fromData(u"latin1.txt"_s, "caf\xe9 au lait").attachment);
}

void TestChatOptions::largeTextRefused()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"big.log"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(Attachments::MaxTextBytes + 1, 'x'));
    file.close();
    const Attachments::Loaded loaded = Attachments::fromFile(file.fileName());
    QVERIFY(!loaded.attachment);
    QVERIFY(loaded.error.contains(u"big.log"_s));
    QVERIFY(loaded.error.contains(u"256 KB"_s));
}

void TestChatOptions::imageScaledAndSentAsPart()
{
    QImage image(3000, 1500, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    const Attachments::Loaded loaded = Attachments::fromData(u"wide.png"_s, png);
    QVERIFY2(loaded.attachment, qPrintable(loaded.error));
    QCOMPARE(loaded.attachment->kind, Attachment::Kind::Image);
    QCOMPARE(loaded.attachment->mimeType, u"image/png"_s);
    QImage scaled;
    QVERIFY(scaled.loadFromData(loaded.attachment->data));
    QCOMPARE(scaled.size(), QSize(1536, 768));
    // A smaller configured side.
    const Attachments::Loaded small = Attachments::fromData(u"wide.png"_s, png, 512);
    QImage smallImage;
    QVERIFY(smallImage.loadFromData(small.attachment->data));
    QCOMPARE(smallImage.size(), QSize(512, 256));

    Message message;
    message.content = u"What is this?"_s;
    message.attachments = { *loaded.attachment };
    const ChatMessage chat = Attachments::chatMessage(message);
    QCOMPARE(chat.parts.size(), 2);
    QCOMPARE(chat.parts.at(0).toObject(),
             QJsonObject({ { "type"_L1, u"text"_s }, { "text"_L1, u"What is this?"_s } }));
    const QJsonObject part = chat.parts.at(1).toObject();
    QCOMPARE(part.value("type"_L1).toString(), u"image_url"_s);
    const QString url = part.value("image_url"_L1).toObject().value("url"_L1).toString();
    QVERIFY(url.startsWith(u"data:image/png;base64,"_s));
    QCOMPARE(QByteArray::fromBase64(url.mid(22).toLatin1()), loaded.attachment->data);

    ChatRequest request;
    request.messages = { chat };
    QCOMPARE(request.toJson().value("messages"_L1).toArray().first().toObject().value("content"_L1),
             QJsonValue(chat.parts));
}

void TestChatOptions::smallImageKeptAsIs()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "JPEG"));
    const Attachments::Loaded loaded = Attachments::fromData(u"photo.png"_s, jpeg);
    QVERIFY(loaded.attachment);
    // Recognised by content, not by the name's suffix; small: the bytes are sent unchanged.
    QCOMPARE(loaded.attachment->mimeType, u"image/jpeg"_s);
    QCOMPARE(loaded.attachment->data, jpeg);
    QCOMPARE(loaded.attachment->hash(),
             QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
}

namespace {

// A picture of `size` in `format`: WebP written by Qt (its writer is in
// qt6-image-formats-plugins), GIF from tests/data/images (Qt reads GIF but cannot write it).
QByteArray picture(const QByteArray &format, QSize size)
{
    if (format == "gif") {
        QFile file(QStringLiteral(SIFT_SOURCE_DIR) + u"/tests/data/images/"_s
                   + (size.width() > 100 ? u"wide.gif"_s : u"small.gif"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    return writer.write(image) ? bytes : QByteArray();
}

} // namespace

// WebP and GIF, the two formats beside PNG and JPEG the issue names: a large one is decoded,
// scaled to the longer side's limit and sent as an image_url part. WebP needs Qt's WebP plugin
// (qt6-image-formats-plugins, in scripts/deps and the .deb's Depends).
void TestChatOptions::webpAndGifScaledAndSent_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QSize>("scaled");
    QTest::newRow("webp") << QByteArray("webp") << QSize(3000, 1500) << QSize(1536, 768);
    QTest::newRow("gif") << QByteArray("gif") << QSize(2000, 1000) << QSize(1536, 768);
}

// Scaling must not make a picture heavier to send: a 16-bit PNG came out as a 9 MB 16-bit PNG
// (from 45 KB), a photo saved as PNG stayed a PNG several times the size of a JPEG.
void TestChatOptions::scaledImageStaysSmall()
{
    // 16 bits per channel, a smooth gradient (what ImageMagick's gradient: makes).
    QImage deep(2000, 1000, QImage::Format_RGBA64);
    for (int y = 0; y < deep.height(); ++y) {
        const quint16 level = quint16(y * 65535 / (deep.height() - 1));
        auto *line = reinterpret_cast<QRgba64 *>(deep.scanLine(y));
        std::fill(line, line + deep.width(),
                  QRgba64::fromRgba64(level, level, quint16(65535 - level), 65535));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(deep.save(&buffer, "PNG"));
    const Attachments::Loaded loaded = Attachments::fromData(u"gradient.png"_s, png);
    QVERIFY2(loaded.attachment, qPrintable(loaded.error));
    QImage sent;
    QVERIFY(sent.loadFromData(loaded.attachment->data));
    QCOMPARE(sent.size(), QSize(1536, 768));
    QVERIFY2(sent.depth() <= 32, qPrintable(QString::number(sent.depth())));
    QVERIFY2(loaded.attachment->data.size() < 1024 * 1024,
             qPrintable(QString::number(loaded.attachment->data.size())));

    // A photo (fine detail everywhere) attached as a PNG goes as a JPEG.
    QImage photo(1800, 1200, QImage::Format_RGB32);
    quint32 seed = 17;
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x) {
            seed = seed * 1664525u + 1013904223u;
            line[x] = qRgb((x / 7 + int(seed >> 28)) % 256, (y / 5) % 256, int(seed >> 24));
        }
    }
    QByteArray photoPng;
    QBuffer photoBuffer(&photoPng);
    photoBuffer.open(QIODevice::WriteOnly);
    QVERIFY(photo.save(&photoBuffer, "PNG"));
    const Attachments::Loaded photoLoaded = Attachments::fromData(u"photo.png"_s, photoPng);
    QVERIFY2(photoLoaded.attachment, qPrintable(photoLoaded.error));
    QCOMPARE(photoLoaded.attachment->mimeType, u"image/jpeg"_s);
    QImage photoSent;
    QVERIFY(photoSent.loadFromData(photoLoaded.attachment->data));
    QCOMPARE(photoSent.size(), QSize(1536, 1024));
    QVERIFY(photoLoaded.attachment->data.size() < photoPng.size() / 2);
}

void TestChatOptions::webpAndGifScaledAndSent()
{
    QFETCH(QByteArray, format);
    QFETCH(QSize, size);
    QFETCH(QSize, scaled);
    QVERIFY2(QImageReader::supportedImageFormats().contains(format),
             "Qt cannot read this format here: run scripts/deps (qt6-image-formats-plugins)");
    const QByteArray bytes = picture(format, size);
    QVERIFY2(!bytes.isEmpty(), "could not make the picture");
    QTemporaryDir dir;
    QFile file(dir.filePath(u"picture."_s + QString::fromLatin1(format)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    const Attachments::Loaded loaded = Attachments::fromFile(file.fileName());
    QVERIFY2(loaded.attachment, qPrintable(loaded.error));
    QVERIFY(loaded.attachment->isImage());
    QImage sent;
    QVERIFY(sent.loadFromData(loaded.attachment->data));
    QCOMPARE(sent.size(), scaled);
    // Re-encoded as PNG (WebP and GIF are not what every server accepts after scaling).
    QCOMPARE(loaded.attachment->mimeType, u"image/png"_s);

    Message message;
    message.content = u"Describe it."_s;
    message.attachments = { *loaded.attachment };
    ChatRequest request;
    request.messages = { Attachments::chatMessage(message) };
    const QJsonArray parts = request.toJson()
                                 .value("messages"_L1)
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value("content"_L1)
                                 .toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).toObject().value("text"_L1).toString(), u"Describe it."_s);
    QCOMPARE(parts.at(1).toObject().value("image_url"_L1).toObject().value("url"_L1).toString(),
             u"data:image/png;base64,"_s + QString::fromLatin1(loaded.attachment->data.toBase64()));
}

void TestChatOptions::smallWebpAndGifKeptAsIs_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QString>("mime");
    QTest::newRow("webp") << QByteArray("webp") << u"image/webp"_s;
    QTest::newRow("gif") << QByteArray("gif") << u"image/gif"_s;
}

void TestChatOptions::smallWebpAndGifKeptAsIs()
{
    QFETCH(QByteArray, format);
    QFETCH(QString, mime);
    QVERIFY2(QImageReader::supportedImageFormats().contains(format),
             "Qt cannot read this format here: run scripts/deps (qt6-image-formats-plugins)");
    const QByteArray bytes = picture(format, QSize(40, 30));
    QVERIFY2(!bytes.isEmpty(), "could not make the picture");
    const Attachments::Loaded loaded = Attachments::fromData(u"small"_s, bytes);
    QVERIFY2(loaded.attachment, qPrintable(loaded.error));
    QCOMPARE(loaded.attachment->mimeType, mime);
    QCOMPARE(loaded.attachment->data, bytes);
    Message message;
    message.content = u"And this?"_s;
    message.attachments = { *loaded.attachment };
    const ChatMessage chat = Attachments::chatMessage(message);
    QCOMPARE(chat.parts.size(), 2);
    QVERIFY(chat.parts.at(1)
                .toObject()
                .value("image_url"_L1)
                .toObject()
                .value("url"_L1)
                .toString()
                .startsWith(u"data:"_s + mime + u";base64,"_s));
}

void TestChatOptions::visionModelsMarked()
{
    ModelCatalog catalog;
    QVERIFY(catalog.acceptsImages(u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s));
    QVERIFY(catalog.acceptsImages(u"Qwen/Qwen2.5-VL-32B-Instruct"_s));
    QVERIFY(catalog.acceptsImages(u"google/gemma-3-27b-it"_s)); // listed, not named so
    QVERIFY(!catalog.acceptsImages(u"meta-llama/Meta-Llama-3-8B-Instruct"_s));
    QVERIFY(!catalog.acceptsImages(u"my/custom-model"_s));
    ModelInfo live;
    live.id = u"some/new-model"_s;
    live.source = ModelInfo::Source::Live;
    live.vision = true;
    catalog.mergeLive({ live });
    QVERIFY(catalog.acceptsImages(u"some/new-model"_s));
}

QTEST_GUILESS_MAIN(TestChatOptions)
#include "tst_chatoptions.moc"
