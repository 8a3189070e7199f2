// The transcript's code blocks and colours, driven like a user would: a real ChatSession streams
// replies from the in-process fake server into a TranscriptView; the test hovers and clicks the
// Copy button, opens the context menu, and switches the application palette at run time.
#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "chat/message.h"
#include "codehighlighter.h"
#include "fakeserver.h"
#include "messagedelegate.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString PythonCode = u"def greet(name):\n\n    return f\"hi {name}\"  # friendly\n"
                           "print(greet('you'))"_s;
const QString JsCode = u"const answer = 42;"_s;
const QString Reply = u"Here is the function:\n\n```python\n"_s + PythonCode
    + u"\n```\n\nAnd in JavaScript:\n\n```js\n"_s + JsCode + u"\n```\n\nThat is all."_s;

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Button, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::ButtonText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return p;
}

// A reply far longer than a screen: paragraphs of ~2,500 characters, each followed by a code
// block of its own, so its blocks fall in different chunks.
QString longReply(int blocks)
{
    QString text;
    for (int i = 0; i < blocks; ++i) {
        text += u"Paragraph %1: "_s.arg(i) + u"lorem ipsum dolor "_s.repeated(140) + u"\n\n"_s;
        text += u"```cpp\nint block%1 = %1;\n```\n\n"_s.arg(i);
    }
    return text + u"The end."_s;
}

} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void copyButtonCopiesExactlyTheCode();
    void contextMenuCopiesEachCodeBlock();
    void paletteSwitchRecolours();
    void streamingTailIsHighlighted();
    void longReplyCopiesTheRightBlock();
    void finishingLongReplyReusesChunks();

private:
    void ask(const QString &reply);
    QModelIndex replyIndex() const;
    QStyleOptionViewItem option(const QModelIndex &index) const;
    QList<MessageDelegate::CodeBlock> codeBlocks() const;
    // The foreground of the first format on the code line with this text, invalid when none.
    QColor firstFormatColor(const QString &lineText) const;
    QTextBlock shownBlock(const QString &lineText) const;
    QImage grabRect(const QRect &rect) const;
    void moveMouse(const QPoint &pos);

    FakeServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<TranscriptModel> m_model;
    std::unique_ptr<TranscriptView> m_view;
};

void TestTranscript::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestTranscript::init()
{
    QApplication::setPalette(lightPalette());
    m_server.setDefaultFault(FakeFault());
    m_server.setReplyText({});
    m_server.setChunkSize(3);
    m_client = std::make_unique<ApiClient>();
    Endpoint endpoint;
    endpoint.name = u"Test"_s;
    endpoint.baseUrl = QUrl(m_server.baseUrl() + u"/v1/openai"_s);
    m_client->setEndpoint(endpoint);
    m_client->setApiKey(u"test-key"_s);
    m_session = std::make_unique<ChatSession>(m_client.get());
    m_session->setModel(u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
    m_model = std::make_unique<TranscriptModel>(m_session.get());
    m_view = std::make_unique<TranscriptView>();
    m_view->setModel(m_model.get());
    m_view->resize(700, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTranscript::cleanup()
{
    m_session->stop();
    m_view.reset();
    m_model.reset();
    m_session.reset();
    m_client.reset();
    QApplication::setPalette(lightPalette());
}

void TestTranscript::ask(const QString &reply)
{
    m_server.setReplyText(reply);
    QSignalSpy finished(m_session.get(), &ChatSession::replyFinished);
    QVERIFY(m_session->send(u"Show me code."_s));
    QVERIFY(finished.wait(10000));
    QCOMPARE(replyIndex().data(TranscriptModel::ContentRole).toString(), reply);
    m_view->scrollTo(replyIndex());
    QCoreApplication::processEvents(); // the delayed item layout
}

QModelIndex TestTranscript::replyIndex() const
{
    return m_model->index(m_model->lastReplyRow());
}

QStyleOptionViewItem TestTranscript::option(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_view->viewport());
    option.widget = m_view.get();
    option.rect = m_view->visualRect(index);
    option.font = m_view->font();
    return option;
}

QList<MessageDelegate::CodeBlock> TestTranscript::codeBlocks() const
{
    return m_view->messageDelegate()->codeBlocks(option(replyIndex()), replyIndex());
}

QTextBlock TestTranscript::shownBlock(const QString &lineText) const
{
    for (const QTextDocument *doc :
         m_view->messageDelegate()->shownDocuments(option(replyIndex()), replyIndex())) {
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            if (block.text() == lineText)
                return block;
        }
    }
    return {};
}

QColor TestTranscript::firstFormatColor(const QString &lineText) const
{
    const QTextBlock block = shownBlock(lineText);
    if (!block.isValid() || block.layout()->formats().isEmpty())
        return {};
    return block.layout()->formats().constFirst().format.foreground().color();
}

QImage TestTranscript::grabRect(const QRect &rect) const
{
    return m_view->viewport()->grab(rect).toImage();
}

void TestTranscript::moveMouse(const QPoint &pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, m_view->viewport()->mapToGlobal(pos), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(m_view->viewport(), &move);
}

void TestTranscript::copyButtonCopiesExactlyTheCode()
{
    ask(Reply);
    const QList<MessageDelegate::CodeBlock> blocks = codeBlocks();
    QCOMPARE(blocks.size(), 2);
    const MessageDelegate::CodeBlock python = blocks.at(0);
    QCOMPARE(python.language, u"python"_s);
    QCOMPARE(python.text, PythonCode);
    QVERIFY(m_view->viewport()->rect().contains(python.rect));
    QVERIFY(python.rect.contains(python.copyButton));

    // Clicking in the block (not on its button) selects the reply and copies nothing.
    QApplication::clipboard()->setText(u"before"_s);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, python.rect.center());
    QCOMPARE(QApplication::clipboard()->text(), u"before"_s);
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(m_view->viewport(), &leave);
    const QImage plain = grabRect(python.copyButton);

    // Hovering the block shows the button; nothing is drawn there without the mouse.
    moveMouse(python.rect.center());
    QTRY_VERIFY(grabRect(python.copyButton) != plain);
    const QImage withButton = grabRect(python.copyButton);
    QCOMPARE(m_view->messageDelegate()
                 ->codeBlockAt(option(replyIndex()), replyIndex(), python.copyButton.center())
                 .firstBlock,
             python.firstBlock);
    // Moving off the messages hides it again.
    moveMouse(QPoint(m_view->viewport()->width() / 2, m_view->viewport()->height() - 5));
    QTRY_COMPARE(grabRect(python.copyButton), plain);

    // The button copies exactly the code.
    moveMouse(python.copyButton.center());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, python.copyButton.center());
    QCOMPARE(QApplication::clipboard()->text(), PythonCode);

    // It says "Copied" for a moment (even once the mouse leaves), then goes away.
    QTRY_VERIFY(grabRect(python.copyButton) != withButton);
    QApplication::sendEvent(m_view->viewport(), &leave);
    QVERIFY(grabRect(python.copyButton) != plain);
    QTRY_COMPARE_WITH_TIMEOUT(grabRect(python.copyButton), plain, 5000);

    // The second block's button copies the second block.
    const MessageDelegate::CodeBlock js = codeBlocks().at(1);
    moveMouse(js.rect.center());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, js.copyButton.center());
    QCOMPARE(QApplication::clipboard()->text(), JsCode);
}

void TestTranscript::contextMenuCopiesEachCodeBlock()
{
    ask(Reply);
    m_view->setFocus();
    m_view->setCurrentIndex(replyIndex());
    const QRect rect = m_view->visualRect(replyIndex());
    QContextMenuEvent event(QContextMenuEvent::Keyboard, rect.center(),
                            m_view->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(m_view->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));

    QStringList labels;
    for (QAction *action : menu->actions())
        labels << action->text();
    QVERIFY2(labels.contains(u"Copy Code Block 1 of 2 (python)"_s), qPrintable(labels.join(u'|')));
    QVERIFY2(labels.contains(u"Copy Code Block 2 of 2 (js)"_s), qPrintable(labels.join(u'|')));

    for (QAction *action : menu->actions()) {
        if (action->text() == u"Copy Code Block 2 of 2 (js)"_s)
            action->trigger();
    }
    QCOMPARE(QApplication::clipboard()->text(), JsCode);
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Copy Code Block 1 of 2 (python)"_s)
            action->trigger();
    }
    QCOMPARE(QApplication::clipboard()->text(), PythonCode);
    menu->close();

    // A message with one block offers it without numbers; one without code offers none.
    ask(u"Only:\n\n```\nplain text\n```\n"_s);
    m_view->setCurrentIndex(replyIndex());
    const QRect one = m_view->visualRect(replyIndex());
    QContextMenuEvent again(QContextMenuEvent::Keyboard, one.center(),
                            m_view->viewport()->mapToGlobal(one.center()));
    QApplication::sendEvent(m_view->viewport(), &again);
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *copyCode = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Copy &Code Block"_s)
            copyCode = action;
    }
    QVERIFY(copyCode);
    copyCode->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"plain text"_s);
    menu->close();

    const QModelIndex question = m_model->index(0);
    const QRect userRect = m_view->visualRect(question);
    QContextMenuEvent onUser(QContextMenuEvent::Mouse, userRect.center(),
                             m_view->viewport()->mapToGlobal(userRect.center()));
    QApplication::sendEvent(m_view->viewport(), &onUser);
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    for (QAction *action : menu->actions())
        QVERIFY(!action->text().contains(u"Code Block"_s));
    menu->close();
}

void TestTranscript::paletteSwitchRecolours()
{
    ask(Reply);
    const CodeHighlighter light(lightPalette());
    const CodeHighlighter dark(darkPalette());
    const QColor lightKeyword = light.format(CodeHighlighter::Kind::Keyword).foreground().color();
    const QColor darkKeyword = dark.format(CodeHighlighter::Kind::Keyword).foreground().color();
    QVERIFY(lightKeyword != darkKeyword);

    // A point inside the reply's bubble, left of its text: the bubble's own fill.
    const QRect rect = m_view->visualRect(replyIndex());
    const QPoint inBubble(rect.left() + 13, rect.center().y());
    const auto bubblePixel
        = [&] { return m_view->viewport()->grab().toImage().pixelColor(inBubble); };

    QCOMPARE(firstFormatColor(u"def greet(name):"_s), lightKeyword);
    QCOMPARE(shownBlock(u"def greet(name):"_s).blockFormat().background().color(),
             light.panelColor());
    QCOMPARE(bubblePixel(), lightPalette().color(QPalette::Base));

    QApplication::setPalette(darkPalette());
    QTRY_COMPARE(firstFormatColor(u"def greet(name):"_s), darkKeyword);
    QCOMPARE(shownBlock(u"def greet(name):"_s).blockFormat().background().color(),
             dark.panelColor());
    QTRY_COMPARE(bubblePixel(), darkPalette().color(QPalette::Base));
    // The second block and its other kinds follow too.
    QCOMPARE(firstFormatColor(JsCode),
             dark.format(CodeHighlighter::Kind::Keyword).foreground().color());

    // And back.
    QApplication::setPalette(lightPalette());
    QTRY_COMPARE(firstFormatColor(u"def greet(name):"_s), lightKeyword);
    QTRY_COMPARE(bubblePixel(), lightPalette().color(QPalette::Base));
}

void TestTranscript::streamingTailIsHighlighted()
{
    // The server sends half the reply and then waits: the reply stays streaming, its code in
    // the unfinished tail.
    const QString code = u"```rust\nfn main() {}\n```\n\n"_s;
    m_server.setReplyText(code + QString(400, u'x'));
    m_server.setChunkSize(int(code.size())); // the first event carries the code block
    m_server.setDefaultFault(u"stall"_s);
    QVERIFY(m_session->send(u"Rust?"_s));
    QTRY_VERIFY(replyIndex().isValid()
                && replyIndex().data(TranscriptModel::ContentRole).toString().contains(u"{}"_s));
    QCOMPARE(Message::State(replyIndex().data(TranscriptModel::StateRole).toInt()),
             Message::State::Streaming);
    const CodeHighlighter light(lightPalette());
    QTRY_COMPARE(firstFormatColor(u"fn main() {}"_s),
                 light.format(CodeHighlighter::Kind::Keyword).foreground().color());
    QCOMPARE(codeBlocks().size(), 1);
    QCOMPARE(codeBlocks().constFirst().text, u"fn main() {}"_s);
}

void TestTranscript::longReplyCopiesTheRightBlock()
{
    const int count = 6;
    m_server.setChunkSize(700);
    ask(longReply(count));
    MessageDelegate *delegate = m_view->messageDelegate();

    // Opened again (caches dropped), only the chunks on screen are built.
    delegate->clearCache();
    m_view->doItemsLayout();
    m_view->scrollToTail();
    const int before = delegate->documentsBuilt();
    m_view->viewport()->repaint();
    const int onScreen = delegate->documentsBuilt() - before;
    QVERIFY(onScreen >= 1);

    const QList<MessageDelegate::CodeBlock> blocks = codeBlocks();
    const qsizetype chunks = delegate->shownDocuments(option(replyIndex()), replyIndex()).size();
    QVERIFY2(chunks >= 3, qPrintable(QString::number(chunks)));
    QVERIFY2(onScreen < chunks, qPrintable(u"%1 of %2"_s.arg(onScreen).arg(chunks)));
    QCOMPARE(blocks.size(), count);
    QSet<int> documents;
    for (int i = 0; i < count; ++i) {
        QCOMPARE(blocks.at(i).text, u"int block%1 = %1;"_s.arg(i));
        QCOMPARE(blocks.at(i).language, u"cpp"_s);
        documents.insert(blocks.at(i).document);
    }
    QVERIFY(documents.size() >= 3);

    // A block in a middle chunk, scrolled into view: its button copies it, not a neighbour.
    for (const int target : { 2, count - 1 }) {
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(bar->value() + codeBlocks().at(target).rect.top()
                      - m_view->viewport()->height() / 2);
        QCoreApplication::processEvents();
        m_view->viewport()->repaint();
        const MessageDelegate::CodeBlock block = codeBlocks().at(target);
        QVERIFY(m_view->viewport()->rect().contains(block.rect));
        QApplication::clipboard()->setText(u"before"_s);
        moveMouse(block.rect.center());
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, block.copyButton.center());
        QCOMPARE(QApplication::clipboard()->text(), u"int block%1 = %1;"_s.arg(target));
    }
}

void TestTranscript::finishingLongReplyReusesChunks()
{
    // The first event carries most of a long reply, then the server stalls: the reply is shown
    // as streaming chunks until the user stops it, which finishes it.
    const QString reply = longReply(5);
    m_server.setReplyText(reply);
    m_server.setChunkSize(int(reply.size()) - 4);
    m_server.setDefaultFault(u"stall"_s);
    QVERIFY(m_session->send(u"Long?"_s));
    QTRY_VERIFY(replyIndex().isValid()
                && replyIndex().data(TranscriptModel::ContentRole).toString().size()
                    == reply.size() - 4);
    MessageDelegate *delegate = m_view->messageDelegate();
    const QList<const QTextDocument *> streaming
        = delegate->shownDocuments(option(replyIndex()), replyIndex());
    QVERIFY(streaming.size() >= 2); // finished chunks and the tail
    const int built = delegate->documentsBuilt();

    m_session->stop();
    QTRY_VERIFY(Message::State(replyIndex().data(TranscriptModel::StateRole).toInt())
                != Message::State::Streaming);
    QCoreApplication::processEvents();
    m_view->viewport()->repaint();
    const QList<const QTextDocument *> finished
        = delegate->shownDocuments(option(replyIndex()), replyIndex());
    QCOMPARE(finished, streaming);
    QCOMPARE(delegate->documentsBuilt(), built);
    QCOMPARE(codeBlocks().size(), 5);
    QCOMPARE(codeBlocks().at(4).text, u"int block4 = 4;"_s);
}

QTEST_MAIN(TestTranscript)
#include "tst_transcript.moc"
