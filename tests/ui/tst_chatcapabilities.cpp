// Issue 17's remaining chat capabilities, driven as a user would against the in-process fake
// server: files dropped or pasted become attachments that go with the message, the image size
// limit from Settings, and the reasoning effort offered only to models that may take it.
#include "api/apiclient.h"
#include "attachmentbar.h"
#include "chat/chatsession.h"
#include "chat/comparesession.h"
#include "chatoptionspanel.h"
#include "chatpane.h"
#include "chatpanefixture.h"
#include "comparebar.h"
#include "config/config.h"
#include "fakeserver.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"
#include "throwawayhome.h"
#include "transcriptview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestChatCapabilities : public ChatPaneFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void droppedFilesAttachedAndSent_data();
    void droppedFilesAttachedAndSent();
    void pastedFilesAttached();
    void imageMaxSideFromSettings();
    void tokenHintCountsAttachments();
    void reasoningOfferedOnlyWhereSupported();
    void compareSendsReasoningPerModel();
    void longModelIdElidedVisibly();

private:
    QString writeText(const QString &name, const QByteArray &text);
    QString writeImage(const QString &name, QSize size);
    // Chooses `id` in the picker as a user does: typed, then Enter.
    void chooseModel(const QString &id);
    // Sends `text` and waits for the reply; the request body, or an empty object.
    QJsonObject sendAndWait(const QString &text);
    QStringList chipNames() const;

    std::unique_ptr<Config> m_config;
};

void TestChatCapabilities::initTestCase()
{
    startServer(u"tst_chatcapabilities"_s);
}

void TestChatCapabilities::init()
{
    makePane();
    m_config = std::make_unique<Config>(
        m_home.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_pane->setConfig(m_config.get());
    showPane();
}

void TestChatCapabilities::cleanup()
{
    m_pane.reset(); // before the config and the session it points to
    m_config.reset();
    m_session.reset();
}

QString TestChatCapabilities::writeText(const QString &name, const QByteArray &text)
{
    QFile file(m_home.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return file.fileName();
}

QString TestChatCapabilities::writeImage(const QString &name, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkYellow);
    const QString path = m_home.filePath(name);
    return image.save(path) ? path : QString();
}

void TestChatCapabilities::chooseModel(const QString &id)
{
    QLineEdit *field = m_pane->modelPicker()->lineEdit();
    field->setText(id);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_pane->modelPicker()->currentModel(), id);
}

QJsonObject TestChatCapabilities::sendAndWait(const QString &text)
{
    QSignalSpy finished(m_session.get(), &ChatSession::replyFinished);
    const int before = m_server.requestCount();
    m_pane->input()->setPlainText(text);
    if (!m_pane->send() || !finished.wait(10000) || m_server.requestCount() != before + 1)
        return {};
    return QJsonDocument::fromJson(m_server.requests().last().body).object();
}

QStringList TestChatCapabilities::chipNames() const
{
    QStringList names;
    for (QWidget *chip : m_pane->attachmentBar()->chips())
        names.append(static_cast<QToolButton *>(chip)->text().section(u"  "_s, 0, 0));
    return names;
}

// A text file and a picture dragged from a file manager onto the message box, or onto the
// transcript beside it: both become chips and go with the next message (the text as a fenced
// block, the picture as an image_url part).
void TestChatCapabilities::droppedFilesAttachedAndSent_data()
{
    QTest::addColumn<bool>("onTranscript");
    QTest::newRow("message box") << false;
    QTest::newRow("transcript") << true;
}

void TestChatCapabilities::droppedFilesAttachedAndSent()
{
    QFETCH(bool, onTranscript);
    const QString text = writeText(u"todo.txt"_s, "buy milk\n");
    const QString picture = writeImage(u"photo.png"_s, QSize(640, 480));
    QVERIFY(!text.isEmpty() && !picture.isEmpty());
    chooseModel(u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s);

    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(text), QUrl::fromLocalFile(picture) });
    QWidget *target
        = onTranscript ? m_pane->transcriptView()->viewport() : m_pane->input()->viewport();
    // The widget the drop lands on: the transcript takes none itself, the pane does.
    QWidget *receiver = target;
    while (receiver && !receiver->acceptDrops())
        receiver = receiver->parentWidget();
    QVERIFY(receiver);
    const QPoint at = receiver->mapFromGlobal(target->mapToGlobal(target->rect().center()));
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(receiver, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy loaded(m_pane->attachmentBar(), &AttachmentBar::loadingFinished);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(receiver, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(chipNames(), QStringList({ u"todo.txt"_s, u"photo.png"_s }));
    QVERIFY(m_pane->input()->toPlainText().isEmpty()); // not dropped in as text

    const QJsonObject body = sendAndWait(u"what now"_s);
    QVERIFY(!body.isEmpty());
    const QJsonArray parts
        = body.value("messages"_L1).toArray().last().toObject().value("content"_L1).toArray();
    QCOMPARE(parts.size(), 2);
    const QString sentText = parts.at(0).toObject().value("text"_L1).toString();
    QVERIFY2(sentText.startsWith(u"what now\n\ntodo.txt:\n```"_s)
                 && sentText.contains(u"buy milk"_s),
             qPrintable(sentText));
    QVERIFY(parts.at(1)
                .toObject()
                .value("image_url"_L1)
                .toObject()
                .value("url"_L1)
                .toString()
                .startsWith(u"data:image/png;base64,"_s));
    QVERIFY(chipNames().isEmpty());
}

// Files copied in a file manager (their URLs, no text) paste as attachments.
void TestChatCapabilities::pastedFilesAttached()
{
    const QString text = writeText(u"notes.md"_s, "# Notes\n");
    QVERIFY(!text.isEmpty());
    auto *data = new QMimeData;
    data->setUrls({ QUrl::fromLocalFile(text) });
    QGuiApplication::clipboard()->setMimeData(data);
    QSignalSpy loaded(m_pane->attachmentBar(), &AttachmentBar::loadingFinished);
    m_pane->input()->setFocus();
    QTest::keySequence(m_pane->input(), QKeySequence::Paste);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(chipNames(), QStringList{ u"notes.md"_s });
    QVERIFY(m_pane->input()->toPlainText().isEmpty());
    QGuiApplication::clipboard()->clear();
}

// Settings → "Images up to" (Config::ImageMaxSide) decides the size pictures are sent at, from
// the next file attached on.
void TestChatCapabilities::imageMaxSideFromSettings()
{
    QCOMPARE(m_pane->attachmentBar()->maxSide(), 1536);
    m_config->set(Config::ImageMaxSide, 400);
    const QString picture = writeImage(u"wide.png"_s, QSize(2000, 1000));
    chooseModel(u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s);
    QSignalSpy loaded(m_pane->attachmentBar(), &AttachmentBar::loadingFinished);
    m_pane->attachmentBar()->addFiles({ picture });
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_pane->attachmentBar()->attachments().size(), 1);
    const QJsonObject body = sendAndWait(u"describe"_s);
    QVERIFY(!body.isEmpty());
    const QString url = body.value("messages"_L1)
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
    QVERIFY(url.startsWith(u"data:image/png;base64,"_s));
    QImage sent;
    QVERIFY(sent.loadFromData(QByteArray::fromBase64(url.mid(22).toLatin1())));
    QCOMPARE(sent.size(), QSize(400, 200));

    // A new start reads the setting again.
    m_pane.reset();
    m_pane = std::make_unique<ChatPane>(m_session.get());
    m_pane->setConfig(m_config.get());
    QCOMPARE(m_pane->attachmentBar()->maxSide(), 400);
}

// The estimate under the prompt counts what is attached: a picture by OpenAI's tiles (a
// 1024×768 photo is 2×2 tiles, 85 + 4 × 170 tokens), a text file as the block it is sent as.
void TestChatCapabilities::tokenHintCountsAttachments()
{
    const QLocale locale;
    const auto hint = [&](int tokens) {
        return u"≈ %1 / %2 tokens"_s.arg(locale.toString(tokens), locale.toString(8192));
    };
    QLabel *label = m_pane->tokenHint();
    QCOMPARE(label->text(), hint(0));
    QVERIFY(label->toolTip().contains(u"512×512"_s));
    QSignalSpy loaded(m_pane->attachmentBar(), &AttachmentBar::loadingFinished);
    m_pane->attachmentBar()->addFiles({ writeImage(u"photo.png"_s, QSize(1024, 768)) });
    QVERIFY(loaded.wait(10000));
    QTRY_COMPARE(label->text(), hint(765));
    // notes.txt:\n```\n + 381 characters + \n```: 400 characters, 100 tokens.
    m_pane->attachmentBar()->addFiles({ writeText(u"notes.txt"_s, QByteArray(381, 'x')) });
    QVERIFY(loaded.wait(10000));
    QTRY_COMPARE(label->text(), hint(865));
    m_pane->attachmentBar()->clear();
    QTRY_COMPARE(label->text(), hint(0));
}

// reasoning_effort: offered for a reasoning model, off (and not sent) for a model known not to
// take it, offered as optional for an id the catalog does not know.
void TestChatCapabilities::reasoningOfferedOnlyWhereSupported()
{
    ChatOptionsPanel *panel = m_pane->optionsPanel();
    QComboBox *reasoning = panel->reasoningBox();
    m_pane->setParametersVisible(true);
    reasoning->setCurrentIndex(reasoning->findData(u"high"_s));

    // The default model, Llama 3 8B, is in the documented table and takes none.
    QCOMPARE(m_pane->modelPicker()->currentModel(), u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
    QVERIFY(!reasoning->isEnabled());
    QVERIFY2(reasoning->toolTip().contains(u"does not take a reasoning effort"_s),
             qPrintable(reasoning->toolTip()));
    QJsonObject body = sendAndWait(u"one"_s);
    QVERIFY(!body.isEmpty());
    QVERIFY(!body.contains("reasoning_effort"_L1));

    chooseModel(u"deepseek-ai/DeepSeek-R1"_s);
    QVERIFY(reasoning->isEnabled());
    QCOMPARE(reasoning->currentData().toString(), u"high"_s); // the choice was kept
    QVERIFY(!reasoning->toolTip().startsWith(u"Optional"_s));
    body = sendAndWait(u"two"_s);
    QCOMPARE(body.value("reasoning_effort"_L1).toString(), u"high"_s);

    // An id Sift does not know: available, but it says it is optional.
    chooseModel(u"acme/house-model"_s);
    QVERIFY(reasoning->isEnabled());
    QVERIFY2(reasoning->toolTip().startsWith(u"Optional"_s), qPrintable(reasoning->toolTip()));
    QVERIFY(!reasoning->accessibleDescription().isEmpty());
    body = sendAndWait(u"three"_s);
    QCOMPARE(body.value("reasoning_effort"_L1).toString(), u"high"_s);

    // Back to a known text model: off again, and nothing sent.
    chooseModel(u"mistralai/Mistral-7B-Instruct-v0.1"_s);
    QVERIFY(!reasoning->isEnabled());
    body = sendAndWait(u"four"_s);
    QVERIFY(!body.isEmpty());
    QVERIFY(!body.contains("reasoning_effort"_L1));
}

// Compare mode applies the same rule to every compared model, whichever model the chat has:
// the effort goes to models that take it or may, never to one known not to.
void TestChatCapabilities::compareSendsReasoningPerModel()
{
    const QString r1 = u"deepseek-ai/DeepSeek-R1"_s;
    const QString llama = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
    const QString unknown = u"acme/house-model"_s;
    QComboBox *reasoning = m_pane->optionsPanel()->reasoningBox();
    m_pane->setParametersVisible(true);
    m_pane->compareAction()->setChecked(true);
    // Bodies of the requests of one comparison, by model.
    const auto compare = [this](const QString &text, const QStringList &extra) {
        QHash<QString, QJsonObject> bodies;
        m_pane->compareBar()->setModels(extra);
        QSignalSpy finished(m_pane->compareSession(), &CompareSession::finished);
        const int before = m_server.requestCount();
        m_pane->input()->setPlainText(text);
        if (!m_pane->send() || !finished.wait(10000))
            return bodies;
        for (const auto &request : m_server.requests().mid(before)) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            bodies.insert(body.value("model"_L1).toString(), body);
        }
        return bodies;
    };

    chooseModel(r1);
    reasoning->setCurrentIndex(reasoning->findData(u"high"_s));
    QHash<QString, QJsonObject> bodies = compare(u"one"_s, { llama, unknown });
    QCOMPARE(bodies.size(), 3);
    QCOMPARE(bodies.value(r1).value("reasoning_effort"_L1).toString(), u"high"_s);
    QVERIFY(!bodies.value(llama).contains("reasoning_effort"_L1));
    QCOMPARE(bodies.value(unknown).value("reasoning_effort"_L1).toString(), u"high"_s);

    // The chat's model takes none: the compared reasoning model still gets the effort.
    chooseModel(llama);
    QVERIFY(!reasoning->isEnabled());
    bodies = compare(u"two"_s, { r1 });
    QCOMPARE(bodies.size(), 2);
    QVERIFY(!bodies.value(llama).contains("reasoning_effort"_L1));
    QCOMPARE(bodies.value(r1).value("reasoning_effort"_L1).toString(), u"high"_s);
}

// A model id longer than the field: cut in the middle with "…" while the field is not being
// edited (not silently at the end), the whole id in the field's text and tooltip.
void TestChatCapabilities::longModelIdElidedVisibly()
{
    const QString id
        = u"organisation-with-a-very-long-name-indeed/Some-Extremely-Long-Model-Family-Name-405B-Instruct-Turbo-Preview-FP8"_s;
    chooseModel(id);
    ModelPicker *picker = m_pane->modelPicker();
    m_pane->input()->setFocus();
    m_pane->resize(640, 700);
    QTRY_VERIFY(!picker->hasFocus());
    QTRY_VERIFY(picker->lineEdit()->fontMetrics().horizontalAdvance(id)
                > picker->lineEdit()->width());
    const QString shown = picker->shownText();
    QVERIFY2(shown.contains(u'…'), qPrintable(shown));
    QVERIFY2(shown.startsWith(u"organis"_s) && shown.endsWith(u"FP8"_s), qPrintable(shown));
    QCOMPARE(picker->lineEdit()->text(), id);
    QCOMPARE(picker->currentModel(), id);
    QVERIFY(picker->toolTip().contains(id));
    // Wide enough, the whole id shows.
    chooseModel(u"short/id"_s);
    QCOMPARE(picker->shownText(), u"short/id"_s);
}

QTEST_MAIN(TestChatCapabilities)
#include "tst_chatcapabilities.moc"
