// The chat tab driven like a user would: real ApiClient, ChatSession and widgets against the
// in-process fake server on 127.0.0.1.
#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "chat/message.h"
#include "chat/tokenestimate.h"
#include "chatoptionspanel.h"
#include "chatpane.h"
#include "config/config.h"
#include "fakeserver.h"
#include "keydialog.h"
#include "messagedelegate.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"
#include "settingsdialog.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "welcomepanel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

class TestChatPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sendStreamsReplyIntoTranscript();
    void enterKeys_data();
    void enterKeys();
    void stopKeepsPartialReply_data();
    void stopKeepsPartialReply();
    void failureShowsErrorAndRetryClickRecovers();
    void rateLimitedWaitShownOnReply();
    void copyAndRegenerateLastReply();
    void defaultParametersAreNotSent();
    void rememberedParametersWithoutThePanel();
    void newChatClearsTranscript();
    void emptyChatWelcomesWithExamples();
    void welcomeFitsAShortTranscript();
    void branchArrowsSwitchReplies();
    void editAndResendMakesBranch();
    void accessibleNames_data();
    void accessibleNames();
    void modelCapsMaxTokens_data();
    void modelCapsMaxTokens();
    void longPromptWarnsBeforeSending();
    void cancelKeepsMessageUnsent();
    void replyBudgetCountsTowardsContext();
    void unknownContextNeverWarns();
    void serverCountReplacesEstimate();
    void tokenHintFollowsTyping();

private:
    QModelIndex lastRow() const;
    QString lastReplyText() const;
    QPoint linkPoint(int row, MessageDelegate::Action action) const;
    QJsonObject lastRequestBody() const;
    void type(const QString &text);
    // A catalog with one live chat model "test/small" of the given limits, chosen in the pane.
    void chooseSmallModel(int contextLength, int maxOutputTokens = 0);

    std::unique_ptr<ModelCatalog> m_catalog;
    FakeServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ChatPane> m_pane;
};

void TestChatPane::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_dir.isValid());
}

void TestChatPane::init()
{
    m_server.setDefaultFault(FakeFault());
    m_server.setReplyText({});
    m_server.clearRequests();

    m_client = std::make_unique<ApiClient>();
    Endpoint endpoint;
    endpoint.name = u"Test"_s;
    endpoint.kind = Endpoint::Kind::DeepInfra;
    endpoint.baseUrl = QUrl(m_server.baseUrl() + u"/v1/openai"_s);
    m_client->setEndpoint(endpoint);
    m_client->setApiKey(u"test-key"_s);
    RequestPolicy policy;
    policy.maxRetries = 0;
    policy.stallTimeoutMs = 10000;
    m_client->setPolicy(policy);

    m_session = std::make_unique<ChatSession>(m_client.get());
    m_config = std::make_unique<Config>(
        m_dir.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_pane = std::make_unique<ChatPane>(m_session.get());
    m_pane->setConfig(m_config.get());
    m_pane->resize(800, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestChatPane::cleanup()
{
    m_pane.reset();
    m_catalog.reset();
    m_session.reset();
    m_config.reset();
    m_client.reset();
}

QModelIndex TestChatPane::lastRow() const
{
    TranscriptModel *model = m_pane->transcriptModel();
    return model->index(model->rowCount() - 1);
}

QString TestChatPane::lastReplyText() const
{
    TranscriptModel *model = m_pane->transcriptModel();
    const int row = model->lastReplyRow();
    return row < 0 ? QString() : model->index(row).data(TranscriptModel::ContentRole).toString();
}

QJsonObject TestChatPane::lastRequestBody() const
{
    const QList<FakeServer::Request> requests = m_server.requests();
    return requests.isEmpty() ? QJsonObject()
                              : QJsonDocument::fromJson(requests.last().body).object();
}

void TestChatPane::rateLimitedWaitShownOnReply()
{
    RequestPolicy policy = m_client->policy();
    policy.maxRetries = 1;
    m_client->setPolicy(policy);
    m_server.enqueueFault(u"status=429,retry-after=2"_s);
    m_server.enqueueFault(QString());
    type(u"hello"_s);
    QTest::mouseClick(m_pane->sendButton(), Qt::LeftButton);
    // Not a silent "writing…" for seconds: the reply says why it waits.
    QTRY_COMPARE(lastRow().data(TranscriptModel::StateTextRole).toString(),
                 u"rate-limited, retrying in 2 s"_s);
    QTRY_COMPARE_WITH_TIMEOUT(Message::State(lastRow().data(TranscriptModel::StateRole).toInt()),
                              Message::State::Complete, 10000);
    QCOMPARE(lastReplyText(), u"Hello! You said: hello"_s);
    QCOMPARE(lastRow().data(TranscriptModel::StateTextRole).toString(), QString());
}

void TestChatPane::type(const QString &text)
{
    QTest::keyClicks(m_pane->input(), text);
    QCOMPARE(m_pane->input()->toPlainText(), text);
}

// Finds where the delegate draws a link in a row, as a user would look for it.
QPoint TestChatPane::linkPoint(int row, MessageDelegate::Action action) const
{
    TranscriptView *view = m_pane->transcriptView();
    const QModelIndex index = m_pane->transcriptModel()->index(row);
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.widget = view;
    option.rect = rect;
    option.font = view->font();
    for (int y = rect.top(); y <= rect.bottom(); y += 2) {
        for (int x = rect.left(); x <= rect.right(); x += 4) {
            if (view->messageDelegate()->actionAt(option, index, { x, y }) == action)
                return { x + 2, y + 1 };
        }
    }
    return { -1, -1 };
}

void TestChatPane::sendStreamsReplyIntoTranscript()
{
    m_server.setReplyText(u"Hello there, **friend**."_s);
    QVERIFY(!m_pane->sendButton()->isEnabled()); // nothing to send yet
    QVERIFY(!m_pane->stopButton()->isEnabled());
    type(u"Hi"_s);
    QVERIFY(m_pane->sendButton()->isEnabled());

    QTest::keyClick(m_pane->input(), Qt::Key_Return);
    QVERIFY(m_pane->input()->toPlainText().isEmpty());
    QVERIFY(m_pane->stopButton()->isEnabled());
    QVERIFY(!m_pane->sendButton()->isEnabled());

    TranscriptModel *model = m_pane->transcriptModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0).data(TranscriptModel::ContentRole).toString(), u"Hi"_s);
    QCOMPARE(Message::Role(model->index(0).data(TranscriptModel::RoleRole).toInt()),
             Message::Role::User);
    QTRY_COMPARE(lastReplyText(), u"Hello there, **friend**."_s);
    QTRY_VERIFY(!m_pane->stopButton()->isEnabled());
    QCOMPARE(Message::State(lastRow().data(TranscriptModel::StateRole).toInt()),
             Message::State::Complete);
    QVERIFY(lastRow().data(TranscriptModel::ErrorTextRole).toString().isEmpty());
    // Tokens and cost from the final usage chunk.
    QTRY_VERIFY(lastRow().data(TranscriptModel::UsageTextRole).toString().contains(u"tokens"_s));
    QVERIFY(lastRow().data(TranscriptModel::UsageTextRole).toString().contains(u"$"_s));
    QCOMPARE(m_server.requests().last().headers.value("authorization"), "Bearer test-key");

    // The reply is laid out taller than a one-line message and paints without trouble.
    TranscriptView *view = m_pane->transcriptView();
    QVERIFY(view->visualRect(lastRow()).height() > view->fontMetrics().height());
    QVERIFY(!view->grab().isNull());
}

void TestChatPane::enterKeys_data()
{
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("sends");
    QTest::newRow("Enter") << int(Qt::NoModifier) << true;
    QTest::newRow("Ctrl+Enter") << int(Qt::ControlModifier) << true;
    QTest::newRow("Shift+Enter") << int(Qt::ShiftModifier) << false;
}

void TestChatPane::enterKeys()
{
    QFETCH(int, modifiers);
    QFETCH(bool, sends);
    type(u"line one"_s);
    QTest::keyClick(m_pane->input(), Qt::Key_Return, Qt::KeyboardModifiers(modifiers));
    if (sends) {
        QVERIFY(m_pane->input()->toPlainText().isEmpty());
        QCOMPARE(m_pane->transcriptModel()->rowCount(), 2);
        QTRY_VERIFY(lastReplyText().contains(u"line one"_s));
        QTRY_VERIFY(!m_session->isBusy());
    } else {
        QCOMPARE(m_pane->input()->toPlainText(), u"line one\n"_s);
        QCOMPARE(m_pane->transcriptModel()->rowCount(), 0);
    }
}

void TestChatPane::stopKeepsPartialReply_data()
{
    QTest::addColumn<bool>("useEscape");
    QTest::newRow("Esc") << true;
    QTest::newRow("Stop button") << false;
}

void TestChatPane::stopKeepsPartialReply()
{
    QFETCH(bool, useEscape);
    const QString longText = QString(u"All work and no play makes a long reply. "_s).repeated(60);
    m_server.setReplyText(longText);
    m_server.setDefaultFault(u"drip=30"_s);

    type(u"Tell me a long story"_s);
    QTest::mouseClick(m_pane->sendButton(), Qt::LeftButton);
    QTRY_VERIFY(lastReplyText().size() >= 6);
    QVERIFY(m_pane->stopButton()->isEnabled());
    QCOMPARE(Message::State(lastRow().data(TranscriptModel::StateRole).toInt()),
             Message::State::Streaming);

    if (useEscape)
        QTest::keyClick(m_pane->input(), Qt::Key_Escape);
    else
        QTest::mouseClick(m_pane->stopButton(), Qt::LeftButton);

    QTRY_COMPARE(Message::State(lastRow().data(TranscriptModel::StateRole).toInt()),
                 Message::State::Stopped);
    QCOMPARE(lastRow().data(TranscriptModel::StateTextRole).toString(), u"stopped"_s);
    const QString partial = lastReplyText();
    QVERIFY(!partial.isEmpty());
    QVERIFY(partial.size() < longText.size());
    QVERIFY(longText.startsWith(partial));
    QVERIFY(lastRow().data(TranscriptModel::ErrorTextRole).toString().isEmpty());
    QTRY_VERIFY(!m_pane->stopButton()->isEnabled());
    type(u"next"_s);
    QVERIFY(m_pane->sendButton()->isEnabled());
}

void TestChatPane::failureShowsErrorAndRetryClickRecovers()
{
    m_server.setReplyText(u"Now it works."_s);
    m_server.setDefaultFault(u"status=401"_s);
    type(u"Hello?"_s);
    QTest::keyClick(m_pane->input(), Qt::Key_Return);

    QTRY_COMPARE(Message::State(lastRow().data(TranscriptModel::StateRole).toInt()),
                 Message::State::Failed);
    const QString error = lastRow().data(TranscriptModel::ErrorTextRole).toString();
    QVERIFY2(!error.isEmpty(), "the failed reply shows what went wrong");
    QTRY_VERIFY(!m_pane->stopButton()->isEnabled());
    QVERIFY(m_pane->regenerateAction()->isEnabled());

    // The banner's Retry link is where the user can click it.
    const int row = m_pane->transcriptModel()->lastReplyRow();
    const QPoint retry = linkPoint(row, MessageDelegate::Action::Retry);
    QVERIFY2(retry.x() >= 0, "a Retry link is drawn on the failed reply");
    QVERIFY(linkPoint(row, MessageDelegate::Action::Regenerate).x() < 0);

    m_server.setDefaultFault(FakeFault());
    const int requestsBefore = m_server.requestCount();
    QTest::mouseClick(m_pane->transcriptView()->viewport(), Qt::LeftButton, {}, retry);
    QTRY_COMPARE(lastReplyText(), u"Now it works."_s);
    QTRY_COMPARE(Message::State(lastRow().data(TranscriptModel::StateRole).toInt()),
                 Message::State::Complete);
    QVERIFY(lastRow().data(TranscriptModel::ErrorTextRole).toString().isEmpty());
    QCOMPARE(m_server.requestCount(), requestsBefore + 1);
    QCOMPARE(m_pane->transcriptModel()->rowCount(), 2); // replaced, not appended
}

void TestChatPane::copyAndRegenerateLastReply()
{
    m_server.setReplyText(u"First answer."_s);
    type(u"Question"_s);
    QTest::keyClick(m_pane->input(), Qt::Key_Return);
    QTRY_COMPARE(lastReplyText(), u"First answer."_s);
    QTRY_VERIFY(!m_session->isBusy());

    QGuiApplication::clipboard()->clear();
    m_pane->copyReplyAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"First answer."_s);

    const int row = m_pane->transcriptModel()->lastReplyRow();
    QVERIFY(linkPoint(row, MessageDelegate::Action::Copy).x() >= 0);
    const QPoint regenerate = linkPoint(row, MessageDelegate::Action::Regenerate);
    QVERIFY(regenerate.x() >= 0);

    m_server.setReplyText(u"Second answer."_s);
    QTest::mouseClick(m_pane->transcriptView()->viewport(), Qt::LeftButton, {}, regenerate);
    QTRY_COMPARE(lastReplyText(), u"Second answer."_s);
    QCOMPARE(m_pane->transcriptModel()->rowCount(), 2);
    const QJsonArray messages = lastRequestBody().value(u"messages"_s).toArray();
    QCOMPARE(messages.last().toObject().value(u"content"_s).toString(), u"Question"_s);
}

// With the Parameters open in an 800×600 window the transcript is about 110 px high: the welcome
// showed all its lines squeezed into it, overdrawn and cut in half. It now shows what fits whole
// and the rest again when there is room.
void TestChatPane::welcomeFitsAShortTranscript()
{
    // As in the chat pane: a child laid over the transcript's viewport, sized by it.
    QWidget viewport;
    auto *panel = new WelcomePanel(&viewport);
    WelcomePanel &welcome = *panel;
    const auto problems = [&welcome] {
        QStringList found;
        QList<QWidget *> shown;
        for (QWidget *child : welcome.findChildren<QWidget *>()) {
            if (child->isVisible())
                shown << child;
        }
        for (QWidget *child : shown) {
            const QString name = child->property("text").toString();
            if (child->height() < child->minimumSizeHint().height())
                found << u"“%1” %2 of %3 px high"_s.arg(name)
                             .arg(child->height())
                             .arg(child->minimumSizeHint().height());
            for (QWidget *other : shown) {
                if (other != child && other->geometry().intersects(child->geometry()))
                    found << u"“%1” overlaps “%2”"_s.arg(name, other->property("text").toString());
            }
        }
        return found;
    };
    const auto shownExamples = [&welcome] {
        int n = 0;
        for (QPushButton *button : welcome.findChildren<QPushButton *>())
            n += button->isVisible() ? 1 : 0;
        return n;
    };
    viewport.resize(680, 480);
    welcome.setGeometry(0, 0, 680, 110);
    viewport.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewport));
    QTRY_VERIFY2(problems().isEmpty(), qPrintable(problems().join(u"; "_s)));
    QVERIFY(shownExamples() < welcome.examples().size());
    welcome.setGeometry(0, 0, 680, 480);
    QTRY_COMPARE(shownExamples(), int(welcome.examples().size()));
    QVERIFY2(problems().isEmpty(), qPrintable(problems().join(u"; "_s)));
}

void TestChatPane::branchArrowsSwitchReplies()
{
    m_server.setReplyText(u"First answer."_s);
    type(u"Question"_s);
    QTest::keyClick(m_pane->input(), Qt::Key_Return);
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(MessageDelegate::branchText(m_pane->transcriptModel()->index(1)), QString());
    m_server.setReplyText(u"Second answer."_s);
    m_pane->regenerateAction()->trigger();
    QTRY_COMPARE(lastReplyText(), u"Second answer."_s);
    QTRY_VERIFY(!m_session->isBusy());
    const QModelIndex reply = m_pane->transcriptModel()->index(1);
    QCOMPARE(MessageDelegate::branchText(reply), u"‹ 2/2 ›"_s);

    // Find the left arrow the way a user would and click it.
    TranscriptView *view = m_pane->transcriptView();
    const QRect rect = view->visualRect(reply);
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.widget = view;
    option.rect = rect;
    option.font = view->font();
    QPoint previous(-1, -1);
    for (int y = rect.top(); y <= rect.bottom() && previous.x() < 0; y += 2) {
        for (int x = rect.left(); x <= rect.right(); x += 2) {
            if (view->messageDelegate()->branchStepAt(option, reply, { x, y }) == -1) {
                previous = { x + 1, y + 1 };
                break;
            }
        }
    }
    QVERIFY(previous.x() >= 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, previous);
    QCOMPARE(lastReplyText(), u"First answer."_s);
    QCOMPARE(MessageDelegate::branchText(m_pane->transcriptModel()->index(1)), u"‹ 1/2 ›"_s);

    // The keyboard path: Alt+Right on the selected message.
    view->setCurrentIndex(m_pane->transcriptModel()->index(1));
    view->activateWindow();
    view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(lastReplyText(), u"Second answer."_s);
    QCOMPARE(view->selectedRow(), 1);
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(lastReplyText(), u"First answer."_s);

    // A follow-up is sent with the selected branch.
    type(u"And then?"_s);
    QTest::keyClick(m_pane->input(), Qt::Key_Return);
    QTRY_VERIFY(!m_session->isBusy());
    const QJsonArray messages = lastRequestBody().value(u"messages"_s).toArray();
    QCOMPARE(messages.at(messages.size() - 2).toObject().value(u"content"_s).toString(),
             u"First answer."_s);
}

void TestChatPane::editAndResendMakesBranch()
{
    type(u"Original question"_s);
    QTest::keyClick(m_pane->input(), Qt::Key_Return);
    QTRY_VERIFY(!m_session->isBusy());
    QVERIFY(!m_pane->isEditing());
    m_pane->editMessage(0);
    QVERIFY(m_pane->isEditing());
    QCOMPARE(m_pane->input()->toPlainText(), u"Original question"_s);
    m_pane->input()->clear();
    type(u"Better question"_s);
    QTest::keyClick(m_pane->input(), Qt::Key_Return);
    QTRY_VERIFY(!m_session->isBusy());
    QVERIFY(!m_pane->isEditing());
    QCOMPARE(m_pane->transcriptModel()->rowCount(), 2);
    QCOMPARE(m_pane->transcriptModel()->index(0).data().toString(), u"Better question"_s);
    QCOMPARE(MessageDelegate::branchText(m_pane->transcriptModel()->index(0)), u"‹ 2/2 ›"_s);
    QCOMPARE(lastReplyText(), u"Hello! You said: Better question"_s);
    const QJsonArray messages = lastRequestBody().value(u"messages"_s).toArray();
    QCOMPARE(messages.last().toObject().value(u"content"_s).toString(), u"Better question"_s);
    for (const QJsonValue &message : messages)
        QVERIFY(message.toObject().value(u"content"_s).toString() != u"Original question"_s);

    // Esc in the input gives up an edit.
    m_pane->editMessage(0);
    QTest::keyClick(m_pane->input(), Qt::Key_Escape);
    QVERIFY(!m_pane->isEditing());
    QVERIFY(m_pane->input()->toPlainText().isEmpty());
}

void TestChatPane::defaultParametersAreNotSent()
{
    type(u"one"_s);
    QTest::keyClick(m_pane->input(), Qt::Key_Return);
    QTRY_VERIFY(!m_session->isBusy());
    QJsonObject body = lastRequestBody();
    QVERIFY(!body.contains(u"temperature"_s));
    QVERIFY(!body.contains(u"max_tokens"_s));
    QVERIFY(!body.contains(u"top_p"_s));
    QCOMPARE(body.value(u"model"_s).toString(), ModelCatalog::defaultChatModel());

    m_pane->setParametersVisible(true);
    auto *temperature = m_pane->findChild<QDoubleSpinBox *>();
    QVERIFY(temperature);
    QCOMPARE(temperature->text(), u"default"_s);
    temperature->setValue(0.7);
    // A model id nothing in the catalog matches, typed and taken with Enter.
    m_pane->modelPicker()->lineEdit()->setText(u"someone/custom-model"_s);
    QTest::keyClick(m_pane->modelPicker()->lineEdit(), Qt::Key_Return);
    type(u"two"_s);
    QTest::keyClick(m_pane->input(), Qt::Key_Return);
    QTRY_VERIFY(!m_session->isBusy());
    body = lastRequestBody();
    QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.7);
    QVERIFY(!body.contains(u"max_tokens"_s));
    QCOMPARE(body.value(u"model"_s).toString(), u"someone/custom-model"_s);
    QCOMPARE(m_config->get(Config::Temperature).toDouble(), 0.7);
    QCOMPARE(m_config->get(Config::LastChatModel).toString(), u"someone/custom-model"_s);
}

// The Parameters panel is built when first needed, not with the pane (start-up): until then
// the remembered values are what a request sends and what the panel shows when opened.
void TestChatPane::rememberedParametersWithoutThePanel()
{
    m_pane.reset();
    m_config->set(Config::SystemPrompt, u"Be brief."_s);
    m_config->set(Config::Temperature, 0.7);
    m_config->set(Config::MaxTokens, 300);
    m_config->set(Config::ChatOptions, u"{\"top_k\": 40}"_s);
    m_pane = std::make_unique<ChatPane>(m_session.get());
    m_pane->setConfig(m_config.get());
    m_pane->resize(800, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QVERIFY(!m_pane->parametersBuilt());
    QVERIFY(m_pane->findChildren<QDoubleSpinBox *>().isEmpty());

    type(u"one"_s);
    QTest::keyClick(m_pane->input(), Qt::Key_Return);
    QTRY_VERIFY(!m_session->isBusy());
    const QJsonObject body = lastRequestBody();
    QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.7);
    QCOMPARE(body.value(u"max_tokens"_s).toInt(), 300);
    QCOMPARE(body.value(u"top_k"_s).toInt(), 40);
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.first().toObject().value(u"role"_s).toString(), u"system"_s);
    QCOMPARE(messages.first().toObject().value(u"content"_s).toString(), u"Be brief."_s);

    // Opened with the toggle, the panel shows them, and edits are remembered as before.
    auto *toggle = m_pane->findChild<QToolButton *>(u"parametersToggle"_s);
    QVERIFY(toggle);
    toggle->click();
    QVERIFY(m_pane->parametersBuilt());
    auto *temperature = m_pane->findChild<QDoubleSpinBox *>();
    QVERIFY(temperature && temperature->isVisible());
    QCOMPARE(temperature->value(), 0.7);
    QCOMPARE(m_pane->maxTokensBox()->value(), 300);
    QCOMPARE(m_pane->optionsPanel()->topKBox()->value(), 40);
    const QList<QPlainTextEdit *> edits = m_pane->findChildren<QPlainTextEdit *>();
    const auto systemPrompt = std::find_if(edits.cbegin(), edits.cend(), [](QPlainTextEdit *e) {
        return e->accessibleName() == u"System prompt"_s;
    });
    QVERIFY(systemPrompt != edits.cend());
    QCOMPARE((*systemPrompt)->toPlainText(), u"Be brief."_s);
    m_pane->maxTokensBox()->setValue(200);
    QCOMPARE(m_config->get(Config::MaxTokens).toInt(), 200);
    QVERIFY(m_config->get(Config::ParametersExpanded).toBool());
}

void TestChatPane::newChatClearsTranscript()
{
    type(u"Hi"_s);
    QTest::keyClick(m_pane->input(), Qt::Key_Return);
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(m_pane->transcriptModel()->rowCount(), 2);
    m_pane->newChatAction()->trigger();
    QCOMPARE(m_pane->transcriptModel()->rowCount(), 0);
    QVERIFY(!m_pane->regenerateAction()->isEnabled());
}

void TestChatPane::emptyChatWelcomesWithExamples()
{
    // An empty chat is not a blank screen: a welcome with example prompts.
    WelcomePanel *welcome = m_pane->welcomePanel();
    QVERIFY(welcome->isVisible());
    QVERIFY(m_pane->transcriptView()->isVisible()); // under it, still in the Tab order
    const QList<QPushButton *> examples = welcome->findChildren<QPushButton *>();
    QCOMPARE(examples.size(), welcome->examples().size());
    QVERIFY(examples.size() >= 3);
    // A click puts the example in the message box; nothing is sent.
    QTest::mouseClick(examples.at(1), Qt::LeftButton);
    QCOMPARE(m_pane->input()->toPlainText(), welcome->examples().at(1));
    QVERIFY(m_pane->input()->hasFocus() || !m_pane->isActiveWindow());
    QCOMPARE(m_pane->transcriptModel()->rowCount(), 0);
    QTest::keyClick(m_pane->input(), Qt::Key_Return);
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(m_pane->transcriptModel()->rowCount(), 2);
    QVERIFY(m_pane->transcriptView()->isVisible());
    QVERIFY(!welcome->isVisible());
    m_pane->newChatAction()->trigger();
    QVERIFY(welcome->isVisible());
}

void TestChatPane::accessibleNames_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("chat pane") << u"chat"_s;
    QTest::newRow("key dialog") << u"key"_s;
    QTest::newRow("settings dialog") << u"settings"_s;
}

void TestChatPane::accessibleNames()
{
    QFETCH(QString, which);
    std::unique_ptr<QWidget> owned;
    QWidget *root = m_pane.get();
    if (which == u"chat"_s) {
        m_pane->setParametersVisible(true);
    } else if (which == u"key"_s) {
        auto *dialog = new KeyDialog(u"DeepInfra"_s);
        owned.reset(dialog);
        root = dialog;
        // OK only once there is a key.
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->keyField(), u"secret"_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog->keyField()->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog->key(), u"secret"_s);
    } else {
        owned = std::make_unique<SettingsDialog>(m_config.get(), nullptr);
        root = owned.get();
    }
    root->show();
    QVERIFY(QTest::qWaitForWindowExposed(root));

    int checked = 0;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // Inner editors of combo and spin boxes are named through their owner.
        if (qobject_cast<QComboBox *>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        ++checked;
        QVERIFY2(
            !widget->accessibleName().isEmpty(),
            qPrintable(u"%1 (%2) has no accessible name"_s.arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName())));
    }
    QVERIFY(checked >= 3);
}

void TestChatPane::chooseSmallModel(int contextLength, int maxOutputTokens)
{
    m_catalog = std::make_unique<ModelCatalog>();
    ModelInfo small;
    small.id = u"test/small"_s;
    small.displayName = u"Small Test Model"_s;
    small.type = ModelInfo::Type::Chat;
    small.source = ModelInfo::Source::Live;
    small.contextLength = contextLength;
    small.maxOutputTokens = maxOutputTokens;
    m_catalog->setLive({ small });
    m_pane->setCatalog(m_catalog.get());
    // As the user picks it: type the id, press Enter.
    ModelPicker *picker = m_pane->modelPicker();
    picker->lineEdit()->setText(small.id);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_pane->contextLength(), contextLength);
}

void TestChatPane::modelCapsMaxTokens_data()
{
    QTest::addColumn<int>("context");
    QTest::addColumn<int>("maxOutput");
    QTest::addColumn<int>("cap");
    QTest::newRow("context only") << 512 << 0 << 512;
    QTest::newRow("max output wins") << 8192 << 1024 << 1024;
}

void TestChatPane::modelCapsMaxTokens()
{
    QFETCH(int, context);
    QFETCH(int, maxOutput);
    QFETCH(int, cap);
    QSpinBox *maxTokens = m_pane->maxTokensBox();
    maxTokens->setValue(100000);
    QCOMPARE(maxTokens->value(), 100000); // no model limits known yet

    chooseSmallModel(context, maxOutput);
    QCOMPARE(maxTokens->maximum(), cap);
    QCOMPARE(maxTokens->value(), cap); // clamped, and what is sent
    QCOMPARE(m_config->get(Config::MaxTokens).toInt(), cap);
    QVERIFY(maxTokens->toolTip().contains(QLocale().toString(cap)));

    // A model the catalog does not know lifts the cap again.
    ModelPicker *picker = m_pane->modelPicker();
    picker->lineEdit()->setText(u"acme/unknown-model"_s);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    QVERIFY(maxTokens->maximum() > 100000);
}

void TestChatPane::longPromptWarnsBeforeSending()
{
    chooseSmallModel(256);
    // 2,000 characters: about 500 tokens, twice what the model accepts.
    m_pane->input()->setPlainText(QString(2000, u'x'));
    m_pane->input()->setFocus();
    QTest::keyClick(m_pane->input(), Qt::Key_Return);

    QVERIFY(m_pane->contextWarning()->isVisible());
    QCOMPARE(m_pane->contextWarningText(),
             u"This conversation is about 500 tokens; Small Test Model accepts 256. Shorten it, "
             "start a new chat, or send anyway."_s);
    // Nothing went out: no message, no reply, no request.
    QCOMPARE(m_pane->transcriptModel()->rowCount(), 0);
    QVERIFY(!m_session->isBusy());
    QCOMPARE(m_server.requestCount(), 0);
    QCOMPARE(m_pane->input()->toPlainText().size(), 2000);
    // The warning does not block the window: the transcript and the input stay usable.
    QVERIFY(m_pane->input()->isEnabled());
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    // Send anyway has focus: the user decides and the message goes as it is.
    QCOMPARE(QApplication::focusWidget(), m_pane->sendAnywayButton());
    QTest::mouseClick(m_pane->sendAnywayButton(), Qt::LeftButton);
    QVERIFY(!m_pane->contextWarning()->isVisible());
    QTRY_COMPARE(m_pane->transcriptModel()->rowCount(), 2);
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(m_server.requestCount(), 1);
    const QJsonArray messages = lastRequestBody().value(u"messages"_s).toArray();
    QCOMPARE(messages.last().toObject().value(u"content"_s).toString(), QString(2000, u'x'));
    QVERIFY(m_pane->input()->toPlainText().isEmpty());
}

void TestChatPane::cancelKeepsMessageUnsent()
{
    chooseSmallModel(100);
    m_pane->input()->setPlainText(QString(800, u'y'));
    QVERIFY(!m_pane->send());
    QVERIFY(m_pane->contextWarning()->isVisible());

    // Esc on the focused warning cancels, like the Cancel button.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!m_pane->contextWarning()->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_pane->input());
    QCOMPARE(m_pane->input()->toPlainText().size(), 800);

    QVERIFY(!m_pane->send());
    QList<QPushButton *> buttons = m_pane->contextWarning()->findChildren<QPushButton *>();
    buttons.removeAll(m_pane->sendAnywayButton());
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(buttons.first()->text(), u"Cancel"_s);
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QVERIFY(!m_pane->contextWarning()->isVisible());

    // Shortening the message answers the warning; a message that fits goes without one.
    QVERIFY(!m_pane->send());
    m_pane->input()->clear();
    QVERIFY(!m_pane->contextWarning()->isVisible());
    type(u"Short question"_s);
    QVERIFY(m_pane->send());
    QVERIFY(!m_pane->contextWarning()->isVisible());
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(m_server.requestCount(), 1);
}

void TestChatPane::replyBudgetCountsTowardsContext()
{
    chooseSmallModel(256);
    m_pane->setParametersVisible(true);
    m_pane->maxTokensBox()->setValue(200);
    m_pane->input()->setPlainText(QString(400, u'z')); // 100 tokens: fits alone, not with 200
    QVERIFY(!m_pane->send());
    QCOMPARE(m_pane->contextWarningText(),
             u"This conversation is about 100 tokens and the reply may take 200 more; Small Test "
             "Model accepts 256. Shorten it, start a new chat, or send anyway."_s);
    QCOMPARE(m_server.requestCount(), 0);
    QCOMPARE(m_pane->tokenHint()->text(), u"≈ 100 / 256 tokens — no room for a 200-token reply"_s);

    m_pane->maxTokensBox()->setValue(150);
    QVERIFY(m_pane->send());
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(lastRequestBody().value(u"max_tokens"_s).toInt(), 150);
}

void TestChatPane::unknownContextNeverWarns()
{
    // No catalog entry: the context length is unknown, so Sift does not guess.
    ModelPicker *picker = m_pane->modelPicker();
    picker->lineEdit()->setText(u"acme/mystery"_s);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_pane->contextLength(), 0);
    m_server.setReplyText(u"Ok."_s);
    m_pane->input()->setPlainText(QString(40000, u'w'));
    QVERIFY(m_pane->send());
    QVERIFY(!m_pane->contextWarning()->isVisible());
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(m_server.requestCount(), 1);
}

void TestChatPane::serverCountReplacesEstimate()
{
    chooseSmallModel(256);
    m_server.setReplyText(u"Short."_s);
    // One 600-character word: ~150 tokens by characters, 1 by the fake server's word count.
    m_pane->input()->setPlainText(QString(600, u'v'));
    QVERIFY(m_pane->send());
    QTRY_VERIFY(!m_session->isBusy());
    const Usage usage = m_session->messages().last().usage;
    QVERIFY(usage.promptTokens > 0);
    QVERIFY(usage.promptTokens < 150);

    // By characters alone the next message would not fit (150 + 2 + 150 > 256); with the
    // server's count for what was already sent, it does.
    m_pane->input()->setPlainText(QString(600, u'u'));
    QCOMPARE(m_pane->estimatedPromptTokens(),
             usage.promptTokens + usage.completionTokens
                 + TokenEstimate::forText(QString(600, u'u')));
    QVERIFY(m_pane->send());
    QVERIFY(!m_pane->contextWarning()->isVisible());
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(m_server.requestCount(), 2);
}

void TestChatPane::tokenHintFollowsTyping()
{
    chooseSmallModel(8192);
    QLabel *hint = m_pane->tokenHint();
    QVERIFY(hint->isVisible());
    const QLocale locale;
    const QString context = locale.toString(8192);
    QCOMPARE(hint->text(), u"≈ 0 / %1 tokens"_s.arg(context));
    type(QString(40, u'a'));
    QCOMPARE(hint->text(), u"≈ 10 / %1 tokens"_s.arg(context));
    m_pane->input()->moveCursor(QTextCursor::End);
    m_pane->input()->insertPlainText(QString(33000, u'b'));
    QCOMPARE(hint->text(),
             u"≈ %1 / %2 tokens — too long for this model"_s.arg(locale.toString(8260), context));
    QVERIFY(!hint->accessibleName().isEmpty());

    // Editing an earlier message counts only what comes before it.
    m_pane->input()->clear();
    type(u"First question here"_s);
    QVERIFY(m_pane->send());
    QTRY_VERIFY(!m_session->isBusy());
    m_pane->editMessage(0);
    QCOMPARE(m_pane->estimatedPromptTokens(), TokenEstimate::forText(u"First question here"_s));
}

QTEST_MAIN(TestChatPane)
#include "tst_chatpane.moc"
