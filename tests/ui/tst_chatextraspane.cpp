// Issue 17 in the chat tab, driven like a user would against the in-process fake server: the
// token heat map, the parameters panel (extra JSON, response format, logprobs), attachments,
// the image warning, {{variables}} and presets.
#include "api/apiclient.h"
#include "attachmentbar.h"
#include "attachmentpreview.h"
#include "chat/chatsession.h"
#include "chat/presets.h"
#include "chatoptionspanel.h"
#include "chatpane.h"
#include "chatpanefixture.h"
#include "comparebar.h"
#include "config/config.h"
#include "fakeserver.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"
#include "presetbar.h"
#include "throwawayhome.h"
#include "tokenheatmap.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QHelpEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>

using namespace Qt::StringLiterals;

class TestChatExtrasPane : public ChatPaneFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void heatMapColoursAndTooltips();
    void heatMapFromTheKeyboard();
    void heatMapDialogSaysNotReturned();
    void invalidExtraJsonBlocksSend();
    void extraAndSamplingSent();
    void schemaEditorValidates();
    void schemaReplyCheckedAndPretty();
    void logprobsShownInHeatMap();
    void attachmentsSentAndShown();
    void imageToTextModelWarnsFirst();
    void compareWithTextModelWarnsFirst();
    void pastedPictureAttached();
    void promptVariablesFilledBeforeSending();
    void presetsSaveApplyAndRemember();
    void everyParameterRememberedAcrossRestart();
    void attachmentsKeepTheOrderGiven();
    void sentAttachmentsShownAsChips();
    void jsonReplyFoldsAndCopies();
    void jsonFoldsOneFromTheKeyboard();

private:
    QStyleOptionViewItem itemOption(const QModelIndex &index) const
    {
        TranscriptView *view = m_pane->transcriptView();
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.widget = view;
        option.rect = view->visualRect(index);
        option.font = view->font();
        return option;
    }
    // Opens the transcript's context menu on `index` as the menu key does; nullptr if none.
    QMenu *contextMenu(const QModelIndex &index) const
    {
        TranscriptView *view = m_pane->transcriptView();
        view->setCurrentIndex(index);
        const QRect rect = view->visualRect(index);
        QContextMenuEvent event(QContextMenuEvent::Keyboard, rect.center(),
                                view->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(view->viewport(), &event);
        return qobject_cast<QMenu *>(QApplication::activePopupWidget());
    }
    static QAction *actionNamed(QMenu *menu, const QString &text)
    {
        for (QAction *action : menu->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }
    QJsonObject lastBody() const
    {
        return QJsonDocument::fromJson(m_server.requests().last().body).object();
    }
    bool sendAndWait(const QString &text);

    std::unique_ptr<PresetStore> m_presets;
};

void TestChatExtrasPane::initTestCase()
{
    startServer(u"tst_chatextraspane"_s);
}

void TestChatExtrasPane::init()
{
    makePane();
    m_presets = std::make_unique<PresetStore>(
        m_home.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_pane->setPresetStore(m_presets.get());
    showPane();
}

void TestChatExtrasPane::cleanup()
{
    m_pane.reset();
    m_session.reset();
}

bool TestChatExtrasPane::sendAndWait(const QString &text)
{
    QSignalSpy finished(m_session.get(), &ChatSession::replyFinished);
    m_pane->input()->setPlainText(text);
    if (!m_pane->send())
        return false;
    return finished.wait(10000);
}

void TestChatExtrasPane::heatMapColoursAndTooltips()
{
    const QJsonArray logprobs = QJsonDocument::fromJson(R"([
        {"token": "The", "logprob": -0.01, "top_logprobs": [
            {"token": "The", "logprob": -0.01}, {"token": "A", "logprob": -4.6}]},
        {"token": " cat", "logprob": -1.2, "top_logprobs": [
            {"token": " dog", "logprob": -0.9}, {"token": " cat", "logprob": -1.2}]},
        {"token": "\nsat", "logprob": -0.3, "top_logprobs": []}])")
                                    .array();
    TokenHeatMap map;
    map.setTokens(TokenProbabilities::fromJson(logprobs));
    map.resize(400, 200);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QCOMPARE(map.tokens().size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QRect rect = map.tokenRect(i);
        QVERIFY(rect.isValid());
        QCOMPARE(map.tokenAt(rect.center()), i);
    }
    QCOMPARE(map.tokenAt(QPoint(399, 199)), -1);
    // Less sure, stronger colour.
    QVERIFY(map.colorFor(map.tokens().at(1).probability).alphaF()
            > map.colorFor(map.tokens().at(0).probability).alphaF());
    // The token with a line break starts the next line.
    QVERIFY(map.tokenRect(2).top() > map.tokenRect(0).top()
            || map.tokenRect(2).left() > map.tokenRect(1).left());
    const QString tip = map.toolTipFor(1);
    QVERIFY2(tip.contains(u"“ cat”"_s) || tip.contains(u"“␣cat”"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"30.1"_s), qPrintable(tip)); // exp(-1.2) = 30.1 %
    QVERIFY(tip.contains(u"Alternatives"_s));
    QVERIFY(tip.indexOf(u"dog"_s) < tip.lastIndexOf(u"cat"_s)); // most likely first
    // Hovering shows it.
    QHelpEvent help(QEvent::ToolTip, map.tokenRect(1).center(),
                    map.mapToGlobal(map.tokenRect(1).center()));
    QApplication::sendEvent(&map, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), tip);
    // The picture is not empty: the unsure token's background is painted.
    const QImage image = map.grab().toImage();
    QVERIFY(image.pixelColor(map.tokenRect(1).topLeft() + QPoint(1, 1))
            != image.pixelColor(QPoint(395, 195)));
}

// Keyboard only: the map takes the focus on its first token; the arrow keys, Home and End move
// a framed current token and show what hovering shows. Before, the alternatives were for the
// mouse only and the focused map showed nothing.
void TestChatExtrasPane::heatMapFromTheKeyboard()
{
    const QJsonArray logprobs = QJsonDocument::fromJson(R"([
        {"token": "The", "logprob": -0.01, "top_logprobs": []},
        {"token": " cat", "logprob": -1.2, "top_logprobs": [
            {"token": " dog", "logprob": -0.9}, {"token": " cat", "logprob": -1.2}]},
        {"token": " sat", "logprob": -0.3, "top_logprobs": []}])")
                                    .array();
    TokenHeatMap map;
    map.setTokens(TokenProbabilities::fromJson(logprobs));
    map.resize(400, 200);
    map.show();
    QVERIFY(QTest::qWaitForWindowActive(&map));
    map.setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(map.hasFocus());
    QCOMPARE(map.currentToken(), 0);
    QTest::keyClick(&map, Qt::Key_Right);
    QCOMPARE(map.currentToken(), 1);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), map.toolTipFor(1));
    // The current token is framed in the highlight colour.
    const QImage image = map.grab().toImage();
    const QColor highlight = map.palette().color(QPalette::Active, QPalette::Highlight);
    QCOMPARE(image.pixelColor(map.tokenRect(1).left(), map.tokenRect(1).center().y()).name(),
             highlight.name());
    QTest::keyClick(&map, Qt::Key_End);
    QCOMPARE(map.currentToken(), 2);
    QTest::keyClick(&map, Qt::Key_Right);
    QCOMPARE(map.currentToken(), 2);
    QTest::keyClick(&map, Qt::Key_Home);
    QCOMPARE(map.currentToken(), 0);
    QTest::keyClick(&map, Qt::Key_Left);
    QCOMPARE(map.currentToken(), 0);
}

void TestChatExtrasPane::heatMapDialogSaysNotReturned()
{
    TokenHeatMapDialog dialog;
    dialog.setReply(QJsonObject{ { "logprobs"_L1, true } }, {});
    QVERIFY(dialog.statusLabel()->text().contains(u"not returned"_s));
    dialog.setReply({}, {});
    QVERIFY(dialog.statusLabel()->text().contains(u"without token probabilities"_s));
}

void TestChatExtrasPane::invalidExtraJsonBlocksSend()
{
    QTest::keyClicks(m_pane->optionsPanel()->extraEditor(), u"{\"top_k\": }"_s);
    QVERIFY(!m_pane->optionsPanel()->extraStatus()->isHidden());
    QVERIFY(m_pane->optionsPanel()->extraStatus()->text().contains(u"Line 1"_s));
    m_pane->input()->setPlainText(u"hi"_s);
    QVERIFY(!m_pane->send());
    QCOMPARE(m_server.requestCount(), 0);
    QVERIFY(m_pane->replyCheckLabel()->isVisible());
    QVERIFY2(m_pane->replyCheckLabel()->text().contains(u"extra parameters"_s),
             qPrintable(m_pane->replyCheckLabel()->text()));
    QCOMPARE(m_pane->input()->toPlainText(), u"hi"_s); // nothing lost
}

void TestChatExtrasPane::extraAndSamplingSent()
{
    m_pane->optionsPanel()->extraEditor()->setPlainText(
        u"{\"chat_template_kwargs\": {\"enable_thinking\": false}}"_s);
    m_pane->optionsPanel()->topKBox()->setValue(40);
    m_pane->optionsPanel()->seedEdit()->setText(u"42"_s);
    QVERIFY(sendAndWait(u"hi"_s));
    const QJsonObject body = lastBody();
    QCOMPARE(body.value("top_k"_L1), QJsonValue(40));
    QCOMPARE(body.value("seed"_L1), QJsonValue(42));
    QCOMPARE(body.value("chat_template_kwargs"_L1).toObject().value("enable_thinking"_L1),
             QJsonValue(false));
}

void TestChatExtrasPane::schemaEditorValidates()
{
    ChatOptionsPanel *panel = m_pane->optionsPanel();
    panel->responseFormatBox()->setCurrentIndex(2);
    panel->schemaEditor()->setPlainText(u"{\"type\": \"strng\"}"_s);
    QVERIFY2(panel->schemaStatus()->text().contains(u"$.type"_s),
             qPrintable(panel->schemaStatus()->text()));
    panel->schemaEditor()->setPlainText(u"{\"type\": "_s);
    QVERIFY(panel->schemaStatus()->text().contains(u"Not valid JSON"_s));
    m_pane->input()->setPlainText(u"x"_s);
    QVERIFY(!m_pane->send());
    QCOMPARE(m_server.requestCount(), 0);
    panel->schemaEditor()->setPlainText(u"{\"type\": \"object\"}"_s);
    QVERIFY(panel->schemaStatus()->text().contains(u"valid"_s));
}

void TestChatExtrasPane::schemaReplyCheckedAndPretty()
{
    ChatOptionsPanel *panel = m_pane->optionsPanel();
    panel->responseFormatBox()->setCurrentIndex(2);
    panel->schemaEditor()->setPlainText(
        uR"({"type":"object","properties":{"city":{"type":"string"},"rank":{"type":"integer"}},
            "required":["city","rank"]})"_s);
    QVERIFY(sendAndWait(u"a city"_s));
    QCOMPARE(lastBody().value("response_format"_L1).toObject().value("type"_L1).toString(),
             u"json_schema"_s);
    QTRY_VERIFY(m_pane->replyCheckLabel()->isVisible());
    QVERIFY2(m_pane->replyCheckLabel()->text().contains(u"follows the schema"_s),
             qPrintable(m_pane->replyCheckLabel()->text()));
    const int row = m_pane->transcriptModel()->lastReplyRow();
    const QString shown = m_pane->transcriptModel()->index(row).data(Qt::DisplayRole).toString();
    QVERIFY2(shown.startsWith(u"```json\n▾ {\n    \"city\""_s), qPrintable(shown));
    // Copy takes the reply as it came.
    QVERIFY(!m_pane->transcriptModel()
                 ->index(row)
                 .data(TranscriptModel::ContentRole)
                 .toString()
                 .contains(u"```"_s));

    m_pane->modelPicker()->setCurrentModel(u"fault/invalid-json"_s);
    QVERIFY(sendAndWait(u"again"_s));
    QTRY_VERIFY(m_pane->replyCheckLabel()->text().contains(u"does not follow"_s));
    QVERIFY(m_pane->replyCheckLabel()->text().contains(u"$.city"_s));
}

void TestChatExtrasPane::logprobsShownInHeatMap()
{
    m_pane->optionsPanel()->logprobsBox()->setChecked(true);
    m_pane->optionsPanel()->topLogprobsBox()->setValue(3);
    QVERIFY(sendAndWait(u"hi"_s));
    QCOMPARE(lastBody().value("top_logprobs"_L1), QJsonValue(3));
    TokenHeatMapDialog *dialog = m_pane->showTokenProbabilities();
    QVERIFY(dialog && dialog->isVisible());
    QString joined;
    for (const TokenProbability &token : dialog->heatMap()->tokens())
        joined += token.token;
    QCOMPARE(joined, u"Hello! You said: hi"_s);
    QCOMPARE(dialog->heatMap()->tokens().first().alternatives.size(), 3);
    dialog->close();

    m_pane->modelPicker()->setCurrentModel(u"fault/no-logprobs"_s);
    QVERIFY(sendAndWait(u"again"_s));
    dialog = m_pane->showTokenProbabilities();
    QVERIFY(dialog->statusLabel()->text().contains(u"not returned"_s));
    QVERIFY(dialog->heatMap()->tokens().isEmpty());
}

void TestChatExtrasPane::attachmentsSentAndShown()
{
    QFile file(m_home.filePath(u"notes.md"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Notes\nremember\n");
    file.close();
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QVERIFY(image.save(m_home.filePath(u"plot.png"_s)));
    m_pane->modelPicker()->setCurrentModel(u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s);
    AttachmentBar *bar = m_pane->attachmentBar();
    QSignalSpy loaded(bar, &AttachmentBar::loadingFinished);
    bar->addFiles({ file.fileName(), m_home.filePath(u"plot.png"_s) });
    QVERIFY(loaded.wait(10000) || !bar->isLoading());
    QTRY_COMPARE(bar->attachments().size(), 2);
    QCOMPARE(bar->chips().size(), 2);
    // The image's chip has a thumbnail (the order is checked in attachmentsKeepTheOrderGiven).
    for (QWidget *widget : bar->chips()) {
        const auto *chip = static_cast<QToolButton *>(widget);
        QCOMPARE(chip->icon().isNull(), !chip->text().startsWith(u"plot.png"_s));
    }
    QVERIFY(sendAndWait(u"look"_s));
    QVERIFY(bar->attachments().isEmpty());
    QVERIFY(bar->chips().isEmpty());
    const QJsonArray parts
        = lastBody().value("messages"_L1).toArray().last().toObject().value("content"_L1).toArray();
    QCOMPARE(parts.size(), 2);
    QVERIFY(
        parts.at(0).toObject().value("text"_L1).toString().contains(u"notes.md:\n```markdown"_s));
    // The files are chips under the text (sentAttachmentsShownAsChips); a screen reader reads
    // them with the message.
    const QString read
        = m_pane->transcriptModel()->index(0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(read.contains(u"Attached: "_s) && read.contains(u"notes.md (file, "_s)
                 && read.contains(u"plot.png (picture, "_s),
             qPrintable(read));

    // A binary file is refused by name, and nothing is attached.
    QFile binary(m_home.filePath(u"core.bin"_s));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("\0\1\2\3", 4));
    binary.close();
    QSignalSpy refused(bar, &AttachmentBar::refused);
    bar->addFiles({ binary.fileName() });
    QVERIFY(refused.wait(10000));
    QVERIFY(bar->errorLabel()->text().contains(u"core.bin"_s));
    QVERIFY(bar->attachments().isEmpty());
}

void TestChatExtrasPane::imageToTextModelWarnsFirst()
{
    QImage image(50, 50, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(m_home.filePath(u"red.png"_s)));
    m_pane->modelPicker()->setCurrentModel(u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
    QSignalSpy loaded(m_pane->attachmentBar(), &AttachmentBar::loadingFinished);
    m_pane->attachmentBar()->addFiles({ m_home.filePath(u"red.png"_s) });
    QVERIFY(loaded.wait(10000));
    m_pane->input()->setPlainText(u"what is it"_s);
    QVERIFY(!m_pane->send());
    QCOMPARE(m_server.requestCount(), 0);
    QVERIFY(m_pane->contextWarning()->isVisible());
    QVERIFY2(m_pane->contextWarningText().contains(u"not known to accept images"_s),
             qPrintable(m_pane->contextWarningText()));
    QSignalSpy finished(m_session.get(), &ChatSession::replyFinished);
    QVERIFY(m_pane->sendAnyway()); // a custom id may read images: the user decides
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_server.requestCount(), 1);
    QVERIFY(
        lastBody().value("messages"_L1).toArray().last().toObject().value("content"_L1).isArray());
}

void TestChatExtrasPane::compareWithTextModelWarnsFirst()
{
    // The chat's model reads images, a compared one is not known to: the warning names that one
    // and nothing is sent until the user decides.
    QImage image(50, 50, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(m_home.filePath(u"blue.png"_s)));
    m_pane->modelPicker()->setCurrentModel(u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s);
    m_pane->compareAction()->setChecked(true);
    m_pane->compareBar()->setModels({ u"meta-llama/Meta-Llama-3-8B-Instruct"_s });
    QSignalSpy loaded(m_pane->attachmentBar(), &AttachmentBar::loadingFinished);
    m_pane->attachmentBar()->addFiles({ m_home.filePath(u"blue.png"_s) });
    QVERIFY(loaded.wait(10000));
    m_pane->input()->setPlainText(u"what is it"_s);
    QVERIFY(!m_pane->send());
    QCOMPARE(m_server.requestCount(), 0);
    QVERIFY(m_pane->contextWarning()->isVisible());
    const QString warning = m_pane->contextWarningText();
    QVERIFY2(warning.contains(u"Meta-Llama-3-8B-Instruct is not known to accept images"_s),
             qPrintable(warning));
    QVERIFY2(!warning.contains(u"Vision"_s), qPrintable(warning));
}

void TestChatExtrasPane::pastedPictureAttached()
{
    QImage image(2000, 500, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    auto *data = new QMimeData;
    data->setImageData(image);
    QGuiApplication::clipboard()->setMimeData(data);
    QSignalSpy loaded(m_pane->attachmentBar(), &AttachmentBar::loadingFinished);
    m_pane->input()->setFocus();
    QTest::keySequence(m_pane->input(), QKeySequence::Paste);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_pane->attachmentBar()->attachments().size(), 1);
    const Attachment &pasted = m_pane->attachmentBar()->attachments().first();
    QVERIFY(pasted.isImage());
    QImage sent;
    QVERIFY(sent.loadFromData(pasted.data));
    QCOMPARE(sent.size(), QSize(1536, 384));           // scaled to the longer side's limit
    QVERIFY(m_pane->input()->toPlainText().isEmpty()); // not pasted as text
    // Text still pastes as text.
    QGuiApplication::clipboard()->setText(u"plain words"_s);
    QTest::keySequence(m_pane->input(), QKeySequence::Paste);
    QCOMPARE(m_pane->input()->toPlainText(), u"plain words"_s);
    QCOMPARE(m_pane->attachmentBar()->attachments().size(), 1);
}

void TestChatExtrasPane::promptVariablesFilledBeforeSending()
{
    m_pane->input()->setPlainText(u"Translate {{text}} into {{language}}."_s);
    QVERIFY(!m_pane->send());
    PromptVariablesDialog *dialog = m_pane->findChild<PromptVariablesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(m_server.requestCount(), 0);
    dialog->field(u"text"_s)->setText(u"good morning"_s);
    dialog->field(u"language"_s)->setText(u"German"_s);
    QSignalSpy finished(m_session.get(), &ChatSession::replyFinished);
    dialog->accept();
    QVERIFY(finished.wait(10000));
    const QJsonArray messages = lastBody().value("messages"_L1).toArray();
    QCOMPARE(messages.last().toObject().value("content"_L1).toString(),
             u"Translate good morning into German."_s);
}

void TestChatExtrasPane::presetsSaveApplyAndRemember()
{
    Preset preset;
    preset.name = u"Reviewer"_s;
    preset.systemPrompt = u"You review code."_s;
    preset.model = u"codellama/CodeLlama-34b-Instruct-hf"_s;
    preset.options.temperature = 0.2;
    preset.options.topK = 7;
    m_presets->save(preset);
    QComboBox *combo = m_pane->presetBar()->combo();
    const int index = combo->findText(u"Reviewer"_s);
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QCOMPARE(m_pane->modelPicker()->currentModel(), preset.model);
    QCOMPARE(m_pane->optionsPanel()->topKBox()->value(), 7);
    QVERIFY(sendAndWait(u"check this"_s));
    const QJsonObject body = lastBody();
    QCOMPARE(body.value("model"_L1).toString(), preset.model);
    QCOMPARE(body.value("temperature"_L1), QJsonValue(0.2));
    QCOMPARE(body.value("top_k"_L1), QJsonValue(7));
    QCOMPARE(body.value("messages"_L1).toArray().first().toObject().value("content"_L1),
             QJsonValue(u"You review code."_s));
    // The conversation remembers its preset and the header shows it when it is opened again.
    const qint64 conversation = m_session->conversationId();
    if (conversation > 0) // only stored conversations have an id
        QCOMPARE(m_presets->conversationPreset(conversation), u"Reviewer"_s);

    // Save the current settings under a new name.
    m_pane->optionsPanel()->topKBox()->setValue(9);
    m_pane->savePreset(u"Reviewer 2"_s);
    QCOMPARE(m_presets->find(u"Reviewer 2"_s)->options.topK, 9);
    QCOMPARE(m_presets->find(u"Reviewer 2"_s)->options.temperature, 0.2);
    QCOMPARE(m_pane->presetBar()->currentPreset(), u"Reviewer 2"_s);
}

void TestChatExtrasPane::everyParameterRememberedAcrossRestart()
{
    // Set every parameter the panel offers, as a user would, with the settings in a file.
    const QString ini = m_home.filePath(u"restart.ini"_s);
    auto config = std::make_unique<Config>(ini);
    m_pane->setConfig(config.get());
    // A model that takes a reasoning effort, so that it is offered and read (issue 17).
    QLineEdit *modelField = m_pane->modelPicker()->lineEdit();
    modelField->setText(u"deepseek-ai/DeepSeek-R1"_s);
    QTest::keyClick(modelField, Qt::Key_Return);
    QCOMPARE(m_pane->modelPicker()->currentModel(), u"deepseek-ai/DeepSeek-R1"_s);
    ChatOptionsPanel *panel = m_pane->optionsPanel();
    const auto number = [panel](const QString &name) {
        for (QDoubleSpinBox *box : panel->findChildren<QDoubleSpinBox *>()) {
            if (box->accessibleName() == name)
                return box;
        }
        return static_cast<QDoubleSpinBox *>(nullptr);
    };
    const auto line = [panel](const QString &name) {
        for (QLineEdit *edit : panel->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == name)
                return edit;
        }
        return static_cast<QLineEdit *>(nullptr);
    };
    QVERIFY(number(u"Min-p"_s) && number(u"Presence penalty"_s) && number(u"Frequency penalty"_s)
            && number(u"Repetition penalty"_s) && line(u"Stop sequences"_s));
    panel->topKBox()->setValue(40);
    number(u"Min-p"_s)->setValue(0.05);
    number(u"Presence penalty"_s)->setValue(0.5);
    number(u"Frequency penalty"_s)->setValue(-0.3);
    number(u"Repetition penalty"_s)->setValue(1.1);
    panel->seedEdit()->setText(u"1234"_s);
    line(u"Stop sequences"_s)->setText(u"END | ###"_s);
    panel->logprobsBox()->setChecked(true);
    panel->topLogprobsBox()->setValue(4);
    QComboBox *reasoning = nullptr;
    for (QComboBox *box : panel->findChildren<QComboBox *>()) {
        if (box->accessibleName() == u"Reasoning effort"_s)
            reasoning = box;
    }
    QVERIFY(reasoning);
    reasoning->setCurrentIndex(reasoning->findData(u"high"_s));
    panel->extraEditor()->setPlainText(
        u"{\"chat_template_kwargs\": {\"enable_thinking\": false}}"_s);
    panel->responseFormatBox()->setCurrentIndex(2);
    const QString schema = u"{\"type\": \"object\", \"required\": [\"city\"]}"_s;
    panel->schemaEditor()->setPlainText(schema);
    ChatOptions before;
    QString error;
    QVERIFY2(panel->read(&before, &error), qPrintable(error));

    // Quit: the pane and its settings object go; a new start reads the same file.
    m_pane.reset();
    config.reset();
    m_pane = std::make_unique<ChatPane>(m_session.get());
    config = std::make_unique<Config>(ini);
    m_pane->setConfig(config.get());
    panel = m_pane->optionsPanel();
    ChatOptions after;
    QVERIFY2(panel->read(&after, &error), qPrintable(error));
    QCOMPARE(after.topK, std::optional<int>(40));
    QCOMPARE(after.seed, std::optional<qint64>(1234));
    QCOMPARE(after.stop, (QStringList{ u"END"_s, u"###"_s }));
    QCOMPARE(after.topLogprobs, std::optional<int>(4));
    QCOMPARE(after.reasoningEffort, u"high"_s);
    QCOMPARE(after.responseFormat.kind, ResponseFormat::Kind::JsonSchema);
    QCOMPARE(after.responseFormat.schema.value("required"_L1).toArray().first().toString(),
             u"city"_s);
    QCOMPARE(after.extra.value("chat_template_kwargs"_L1).toObject().value("enable_thinking"_L1),
             QJsonValue(false));
    QVERIFY(before == after);
    QCOMPARE(panel->responseFormatBox()->currentIndex(), 2);

    // A schema still being typed (not valid JSON yet) is not lost either.
    panel->schemaEditor()->setPlainText(u"{\"type\": "_s);
    m_pane.reset();
    config.reset();
    m_pane = std::make_unique<ChatPane>(m_session.get());
    config = std::make_unique<Config>(ini);
    m_pane->setConfig(config.get());
    QCOMPARE(m_pane->optionsPanel()->schemaEditor()->toPlainText(), u"{\"type\": "_s);
    QCOMPARE(m_pane->optionsPanel()->topKBox()->value(), 40);
    m_pane.reset(); // before the config it points to
}

void TestChatExtrasPane::attachmentsKeepTheOrderGiven()
{
    // A large picture takes a worker far longer than a small one or a text file: they finish
    // first, but the order stays the one the user gave.
    QImage large(5000, 4000, QImage::Format_RGB32);
    for (int y = 0; y < large.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(large.scanLine(y));
        for (int x = 0; x < large.width(); ++x)
            line[x] = qRgb(x * 7 % 256, y * 13 % 256, (x ^ y) % 256);
    }
    QVERIFY(large.save(m_home.filePath(u"large.png"_s)));
    QImage small(40, 30, QImage::Format_RGB32);
    small.fill(Qt::yellow);
    QVERIFY(small.save(m_home.filePath(u"small.png"_s)));
    QFile file(m_home.filePath(u"notes.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("remember\n");
    file.close();
    m_pane->modelPicker()->setCurrentModel(u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s);
    AttachmentBar *bar = m_pane->attachmentBar();
    bar->addFiles({ m_home.filePath(u"large.png"_s) });
    bar->addFiles({ m_home.filePath(u"small.png"_s), file.fileName() });
    QTRY_COMPARE_WITH_TIMEOUT(bar->attachments().size(), 3, 20000);
    QStringList names;
    for (const Attachment &attachment : bar->attachments())
        names.append(attachment.name);
    QCOMPARE(names, (QStringList{ u"large.png"_s, u"small.png"_s, u"notes.txt"_s }));
    QStringList chips;
    for (QWidget *widget : bar->chips())
        chips.append(static_cast<QToolButton *>(widget)->text().section(u' ', 0, 0));
    QCOMPARE(chips, names);

    QVERIFY(sendAndWait(u"look"_s));
    const QJsonArray parts
        = lastBody().value("messages"_L1).toArray().last().toObject().value("content"_L1).toArray();
    QCOMPARE(parts.size(), 3);
    QList<QSize> sizes;
    for (int i = 1; i < 3; ++i) {
        const QString url
            = parts.at(i).toObject().value("image_url"_L1).toObject().value("url"_L1).toString();
        QImage sent;
        QVERIFY(sent.loadFromData(QByteArray::fromBase64(url.section(u',', 1).toLatin1())));
        sizes.append(sent.size());
    }
    QCOMPARE(sizes, (QList<QSize>{ QSize(1536, 1228), QSize(40, 30) }));
    QCOMPARE(m_session->messages().first().attachments.first().name, u"large.png"_s);
}

void TestChatExtrasPane::sentAttachmentsShownAsChips()
{
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QVERIFY(image.save(m_home.filePath(u"plot.png"_s)));
    QFile file(m_home.filePath(u"notes.md"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Notes\nremember\n");
    file.close();
    m_pane->modelPicker()->setCurrentModel(u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s);
    AttachmentBar *bar = m_pane->attachmentBar();
    bar->addFiles({ m_home.filePath(u"plot.png"_s), file.fileName() });
    QTRY_COMPARE_WITH_TIMEOUT(bar->attachments().size(), 2, 10000);
    QVERIFY(sendAndWait(u"look"_s));

    // The sent message shows a chip per file: the picture's thumbnail (made on a worker), the
    // text file's icon; its text is only what was typed.
    TranscriptModel *model = m_pane->transcriptModel();
    const QModelIndex sent = model->index(0);
    QCOMPARE(sent.data(Qt::DisplayRole).toString(), u"look"_s);
    QCOMPARE(sent.data(TranscriptModel::AttachmentCountRole).toInt(), 2);
    QTRY_VERIFY(!sent.data(TranscriptModel::AttachmentsRole)
                     .value<QList<AttachmentChip>>()
                     .first()
                     .thumbnail.isNull());
    const QList<AttachmentChip> chips
        = sent.data(TranscriptModel::AttachmentsRole).value<QList<AttachmentChip>>();
    QCOMPARE(chips.first().name, u"plot.png"_s);
    QCOMPARE(chips.first().thumbnail.size(), QSize(48, 36));
    QVERIFY(!chips.last().image);
    TranscriptView *view = m_pane->transcriptView();
    const QList<QRect> rects = view->messageDelegate()->attachmentChipRects(itemOption(sent), sent);
    QCOMPARE(rects.size(), 2);
    QVERIFY(view->visualRect(sent).contains(rects.first()));
    QVERIFY(!rects.first().intersects(rects.last()));
    // The thumbnail is on screen: the picture's green at the middle of the first chip's image.
    const QPoint thumb(rects.first().left() + 4 + 24, rects.first().center().y());
    QTRY_COMPARE(view->viewport()->grab().toImage().pixelColor(thumb), QColor(Qt::darkGreen));

    // A click on a chip opens the file; the picture is decoded off the GUI thread.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rects.first().center());
    AttachmentPreview *preview = nullptr;
    QTRY_VERIFY((preview = m_pane->findChild<AttachmentPreview *>()) && preview->isVisible());
    QTRY_VERIFY(!preview->isLoading());
    QCOMPARE(preview->imageLabel()->pixmap().size(), QSize(800, 600));
    QCOMPARE(preview->windowTitle(), u"plot.png"_s);
    preview->close();
    QTRY_VERIFY(!m_pane->findChild<AttachmentPreview *>());

    // From the keyboard: the menu key on the message offers each file.
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = contextMenu(sent)));
    QVERIFY(actionNamed(menu, u"Open Attachment “plot.png”"_s));
    QAction *open = actionNamed(menu, u"Open Attachment “notes.md”"_s);
    QVERIFY(open);
    open->trigger();
    menu->close();
    QTRY_VERIFY((preview = m_pane->findChild<AttachmentPreview *>()));
    QVERIFY(preview->textView());
    QCOMPARE(preview->textView()->toPlainText(), u"# Notes\nremember\n"_s);
    QVERIFY(!preview->textView()->accessibleName().isEmpty());
    preview->close();
}

void TestChatExtrasPane::jsonReplyFoldsAndCopies()
{
    ChatOptionsPanel *panel = m_pane->optionsPanel();
    panel->responseFormatBox()->setCurrentIndex(2);
    panel->schemaEditor()->setPlainText(uR"({"type":"object","properties":{"city":{"type":"string"},
            "tags":{"type":"array","items":{"type":"string"},"minItems":2},
            "where":{"type":"object","properties":{"lat":{"type":"number"},
                                                   "lon":{"type":"number"}}}},
            "required":["city","tags","where"]})"_s);
    QVERIFY(sendAndWait(u"a city"_s));
    TranscriptModel *model = m_pane->transcriptModel();
    const QModelIndex reply = model->index(model->lastReplyRow());
    const QString shown = reply.data(Qt::DisplayRole).toString();
    QVERIFY2(shown.startsWith(u"```json\n▾ {\n    \"city\": "_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"\n  ▾ \"tags\": [\n"_s), qPrintable(shown));
    QCOMPARE(reply.data(TranscriptModel::JsonFoldLinesRole).value<QList<int>>(),
             (QList<int>{ 0, -1, 1, -1, -1, -1, 2, -1, -1, -1, -1 }));
    // The check is on the reply itself, not only under the input.
    QVERIFY2(reply.data(TranscriptModel::ReplyCheckRole).toString().contains(u"follows"_s),
             qPrintable(reply.data(TranscriptModel::ReplyCheckRole).toString()));
    QVERIFY(reply.data(Qt::AccessibleTextRole).toString().contains(u"follows the schema"_s));

    // A click on the "tags" line folds the array; the row gets shorter.
    TranscriptView *view = m_pane->transcriptView();
    MessageDelegate *delegate = view->messageDelegate();
    const QList<MessageDelegate::CodeBlock> blocks = delegate->codeBlocks(itemOption(reply), reply);
    QCOMPARE(blocks.size(), 1);
    const QTextDocument *doc = delegate->shownDocuments(itemOption(reply), reply).first();
    const auto lineRect = [&](int line) {
        const QRectF first = doc->documentLayout()->blockBoundingRect(
            doc->findBlockByNumber(blocks.first().firstBlock));
        const QRectF at = doc->documentLayout()->blockBoundingRect(
            doc->findBlockByNumber(blocks.first().firstBlock + line));
        return QPoint(blocks.first().rect.left() + 30,
                      blocks.first().rect.top() + int(at.center().y() - first.top()));
    };
    const QPoint tags = lineRect(2);
    QCOMPARE(delegate->jsonFoldAt(itemOption(reply), reply, tags), 1);
    QCOMPARE(delegate->jsonFoldAt(itemOption(reply), reply, lineRect(1)), -1);
    const int tall = view->visualRect(reply).height();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, tags);
    QTRY_VERIFY(reply.data(Qt::DisplayRole).toString().contains(u"▸ \"tags\": [… 2 items],"_s));
    QTRY_VERIFY(view->visualRect(reply).height() < tall);
    // Copy on the code block takes the whole JSON, without markers, folded parts included.
    delegate->copyCodeBlock(reply, delegate->codeBlocks(itemOption(reply), reply).first(),
                            view->viewport());
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(!copied.contains(u"▾"_s) && !copied.contains(u"…"_s), qPrintable(copied));
    QCOMPARE(QJsonDocument::fromJson(copied.toUtf8()),
             QJsonDocument::fromJson(reply.data(TranscriptModel::ContentRole).toString().toUtf8()));

    // From the keyboard: Fold All, Unfold All and Copy JSON in the message's menu.
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = contextMenu(reply)));
    QAction *foldAll = actionNamed(menu, u"&Fold All JSON"_s);
    QVERIFY(foldAll && actionNamed(menu, u"Copy &JSON"_s));
    foldAll->trigger();
    menu->close();
    QVERIFY(reply.data(Qt::DisplayRole).toString().contains(u"▸ \"where\": {… 2 keys}\n"_s));
    QTRY_VERIFY((menu = contextMenu(reply)));
    actionNamed(menu, u"&Unfold All JSON"_s)->trigger();
    menu->close();
    QCOMPARE(reply.data(Qt::DisplayRole).toString(), shown);
    QGuiApplication::clipboard()->clear();
    QTRY_VERIFY((menu = contextMenu(reply)));
    actionNamed(menu, u"Copy &JSON"_s)->trigger();
    menu->close();
    QCOMPARE(QGuiApplication::clipboard()->text(), copied);

    // A reply that does not follow the schema says so on itself.
    m_pane->modelPicker()->setCurrentModel(u"fault/invalid-json"_s);
    QVERIFY(sendAndWait(u"again"_s));
    const QModelIndex bad = model->index(model->lastReplyRow());
    QVERIFY(!bad.data(TranscriptModel::ReplyCheckOkRole).toBool());
    QVERIFY2(bad.data(TranscriptModel::ReplyCheckRole).toString().contains(u"$.city"_s),
             qPrintable(bad.data(TranscriptModel::ReplyCheckRole).toString()));
}

void TestChatExtrasPane::jsonFoldsOneFromTheKeyboard()
{
    ChatOptionsPanel *panel = m_pane->optionsPanel();
    panel->responseFormatBox()->setCurrentIndex(2);
    panel->schemaEditor()->setPlainText(uR"({"type":"object","properties":{"city":{"type":"string"},
            "tags":{"type":"array","items":{"type":"string"},"minItems":2},
            "where":{"type":"object","properties":{"lat":{"type":"number"},
                                                   "lon":{"type":"number"}}}},
            "required":["city","tags","where"]})"_s);
    QVERIFY(sendAndWait(u"a city"_s));
    TranscriptModel *model = m_pane->transcriptModel();
    const QModelIndex reply = model->index(model->lastReplyRow());
    const QString shown = reply.data(Qt::DisplayRole).toString();

    // The message's menu (menu key on the focused message) lists every object and array by its
    // line; choosing one folds just that one, and the same entry then unfolds it.
    const auto submenu = [&]() -> QMenu * {
        QMenu *menu = nullptr;
        if (!QTest::qWaitFor([&] { return (menu = contextMenu(reply)) != nullptr; }))
            return nullptr;
        QAction *one = actionNamed(menu, u"Fold or Unfold &One"_s);
        return one ? one->menu() : nullptr;
    };
    QMenu *one = submenu();
    QVERIFY(one);
    QVERIFY(!one->accessibleName().isEmpty());
    QStringList texts;
    for (QAction *action : one->actions())
        texts.append(action->text());
    QCOMPARE(texts,
             (QStringList{ u"Fold Line 1: {"_s, u"Fold Line 3: \"tags\": ["_s,
                           u"Fold Line 7: \"where\": {"_s }));
    one->actions().at(1)->trigger();
    QApplication::activePopupWidget()->close();
    const QString folded = reply.data(Qt::DisplayRole).toString();
    QVERIFY2(folded.contains(u"▸ \"tags\": [… 2 items],"_s), qPrintable(folded));
    QVERIFY2(folded.contains(u"▾ \"where\": {"_s), qPrintable(folded));

    QVERIFY((one = submenu()));
    QAction *unfold = actionNamed(one, u"Unfold Line 3: \"tags\": [… 2 items],"_s);
    QVERIFY(unfold);
    unfold->trigger();
    QApplication::activePopupWidget()->close();
    QCOMPARE(reply.data(Qt::DisplayRole).toString(), shown);

    // Inside a folded container nothing is listed: its lines are not shown.
    QVERIFY((one = submenu()));
    one->actions().at(0)->trigger();
    QApplication::activePopupWidget()->close();
    QVERIFY((one = submenu()));
    QCOMPARE(one->actions().size(), 1);
    QVERIFY(one->actions().at(0)->text().startsWith(u"Unfold Line 1: {"_s));
    QApplication::activePopupWidget()->close();
}

QTEST_MAIN(TestChatExtrasPane)
#include "tst_chatextraspane.moc"
