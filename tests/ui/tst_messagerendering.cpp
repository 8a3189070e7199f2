// How a message is drawn when its text is hostile or unusual: a reply from the in-process fake
// server naming local files as images (/dev/zero, a fifo, a picture) and carrying raw HTML; a
// long word without spaces; right-to-left text in the user's own bubble. Driven through a real
// ChatSession into a TranscriptView, checked by what is drawn and what is copied.
#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "chat/message.h"
#include "fakeserver.h"
#include "messagedelegate.h"
#include "messagetextviewer.h"
#include "replydocument.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QToolTip>

#include <memory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestMessageRendering : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // QDesktopServices' handler for web links in this test: records instead of a browser.
    void openUrl(const QUrl &url) { m_opened.append(url); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void documentServesNoResource();
    void hostileReplyLoadsNothing();
    void linksShowWhereTheyGoAndOpenOnClick();
    void longWordIsShownAndCopiedUnchanged();
    void keepLineBreaks_data();
    void keepLineBreaks();
    void markdownKeepsLineBreaksAndTopAlignsCells();
    void longCodeLinesWrapWithAToggle();
    void copyLinkSaysCopied();
    void userMessageOffersEditOnHover();
    void messageTextCanBeSelectedAndCopied();
    void rightToLeftTextShowsInBothRoles_data();
    void rightToLeftTextShowsInBothRoles();

private:
    // A point on a message's action link, or (-1, -1).
    QPoint actionPoint(const QModelIndex &index, MessageDelegate::Action action) const;
    void moveMouse(const QPoint &pos);
    void ask(const QString &question, const QString &reply);
    QModelIndex index(int row) const { return m_model->index(row); }
    QStyleOptionViewItem option(const QModelIndex &index) const;
    QString shownText(const QModelIndex &index) const;
    QList<const QTextDocument *> documents(const QModelIndex &index) const;

    FakeServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<TranscriptModel> m_model;
    std::unique_ptr<TranscriptView> m_view;
    QList<QUrl> m_opened;
};

void TestMessageRendering::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_dir.isValid());
    QDesktopServices::setUrlHandler(u"https"_s, this, "openUrl");
    QDesktopServices::setUrlHandler(u"http"_s, this, "openUrl");
}

void TestMessageRendering::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QDesktopServices::unsetUrlHandler(u"http"_s);
}

void TestMessageRendering::init()
{
    m_server.setDefaultFault(FakeFault());
    m_server.setChunkSize(4096);
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
    m_view->resize(700, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_opened.clear();
}

void TestMessageRendering::cleanup()
{
    m_session->stop();
    m_view.reset();
    m_model.reset();
    m_session.reset();
    m_client.reset();
}

void TestMessageRendering::ask(const QString &question, const QString &reply)
{
    m_server.setReplyText(reply);
    QSignalSpy finished(m_session.get(), &ChatSession::replyFinished);
    QVERIFY(m_session->send(question));
    QVERIFY(finished.wait(20000));
    m_view->scrollToTail();
    QCoreApplication::processEvents(); // the delayed item layout
    m_view->viewport()->repaint();
}

QStyleOptionViewItem TestMessageRendering::option(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_view->viewport());
    option.widget = m_view.get();
    option.rect = m_view->visualRect(index);
    option.font = m_view->font();
    return option;
}

QList<const QTextDocument *> TestMessageRendering::documents(const QModelIndex &index) const
{
    return m_view->messageDelegate()->shownDocuments(option(index), index);
}

QString TestMessageRendering::shownText(const QModelIndex &index) const
{
    QString text;
    for (const QTextDocument *doc : documents(index))
        text += doc->toPlainText();
    return text;
}

void TestMessageRendering::documentServesNoResource()
{
    // Asked directly, as Qt's image handler and HTML importer would: nothing is opened (a fifo
    // would block here), an image is answered blank so Qt does not open the file itself.
    const QString fifo = m_dir.filePath(u"direct-fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    ReplyDocument doc;
    const int before = ReplyDocument::resourceRequests();
    const QVariant image = doc.resource(QTextDocument::ImageResource, QUrl::fromLocalFile(fifo));
    QCOMPARE(image.value<QImage>().size(), QSize(1, 1));
    QVERIFY(
        !doc.resource(QTextDocument::ImageResource, QUrl(u"/dev/zero"_s)).value<QImage>().isNull());
    QVERIFY(!doc.resource(QTextDocument::StyleSheetResource, QUrl::fromLocalFile(fifo)).isValid());
    QCOMPARE(ReplyDocument::resourceRequests(), before + 3);
}

void TestMessageRendering::hostileReplyLoadsNothing()
{
    // A fifo blocks whoever opens it for reading until a writer comes: none will. /dev/zero
    // never ends. A red picture would show if read.
    const QString fifo = m_dir.filePath(u"fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString picture = m_dir.filePath(u"red.png"_s);
    QImage red(64, 64, QImage::Format_RGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(picture));
    const QString reply
        = u"![zero](/dev/zero)\n\n![fifo](%1)\n\n<img src=\"%2\">\n\n"
          "<h1>SPOOFED SYSTEM NOTICE</h1>\n\n"
          "Read <span style=\"color:#ff0000\">this</span> now.\n"_s.arg(fifo, picture);
    const int requestsBefore = ReplyDocument::resourceRequests();
    ask(u"Show me"_s, reply);
    const QModelIndex replyIndex = index(m_model->lastReplyRow());
    QCOMPARE(replyIndex.data(TranscriptModel::ContentRole).toString(), reply);

    // Drawn (the process is alive, not blocked in open()), and nothing was asked for.
    const QImage shot = m_view->viewport()->grab().toImage();
    QCOMPARE(ReplyDocument::resourceRequests(), requestsBefore);
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x)
            QVERIFY2(shot.pixelColor(x, y) != QColor(Qt::red), "the local picture was drawn");
    }

    // Raw HTML shows as the text it is, unstyled; images as their alt text.
    const QString text = shownText(replyIndex);
    QVERIFY2(text.contains(u"<h1>SPOOFED SYSTEM NOTICE</h1>"_s), qPrintable(text));
    QVERIFY2(text.contains(u"<span style=\"color:#ff0000\">this</span>"_s), qPrintable(text));
    QVERIFY2(text.contains(u"<img src=\"%1\">"_s.arg(picture)), qPrintable(text));
    QVERIFY2(text.contains(u"[image: zero]"_s), qPrintable(text));
    QVERIFY2(text.contains(u"[image: fifo]"_s), qPrintable(text));
    for (const QTextDocument *doc : documents(replyIndex)) {
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            QCOMPARE(block.blockFormat().headingLevel(), 0);
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                QVERIFY(!it.fragment().charFormat().isImageFormat());
                QVERIFY(it.fragment().charFormat().foreground().color() != QColor(Qt::red));
            }
        }
    }
    // Clicking the image's link opens nothing: it is not a web address.
    const QRect rect = m_view->visualRect(replyIndex);
    for (int y = rect.top(); y < rect.bottom(); y += 3) {
        for (int x = rect.left(); x < rect.right(); x += 6) {
            if (m_view->messageDelegate()->linkAt(option(replyIndex), replyIndex, { x, y })
                == u"/dev/zero"_s) {
                QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, { x, y });
                QVERIFY(m_opened.isEmpty());
                return;
            }
        }
    }
    QFAIL("the image's link was not found");
}

void TestMessageRendering::linksShowWhereTheyGoAndOpenOnClick()
{
    ask(u"Link?"_s, u"Go to [your bank](https://example.test/login) now."_s);
    const QModelIndex replyIndex = index(m_model->lastReplyRow());
    QVERIFY(m_opened.isEmpty()); // shown, not opened
    const QRect rect = m_view->visualRect(replyIndex);
    QPoint onLink(-1, -1);
    for (int y = rect.top(); y < rect.bottom() && onLink.x() < 0; y += 3) {
        for (int x = rect.left(); x < rect.right() && onLink.x() < 0; x += 4) {
            if (!m_view->messageDelegate()
                     ->linkAt(option(replyIndex), replyIndex, { x, y })
                     .isEmpty())
                onLink = { x, y };
        }
    }
    QVERIFY(onLink.x() >= 0);
    // Hovering shows the address the link goes to.
    QHelpEvent help(QEvent::ToolTip, onLink, m_view->viewport()->mapToGlobal(onLink));
    QApplication::sendEvent(m_view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"https://example.test/login"_s),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, onLink);
    QCOMPARE(m_opened, QList<QUrl>{ QUrl(u"https://example.test/login"_s) });
}

void TestMessageRendering::longWordIsShownAndCopiedUnchanged()
{
    // A run without spaces far longer than a line, in the text and in a code block.
    QString word;
    for (int i = 0; i < 3000; ++i)
        word += QChar(u'a' + i % 26);
    const QString reply = u"Here: "_s + word + u"\n\n```\n"_s + word + u"\n```\n"_s;
    ask(word, reply);
    const QModelIndex question = index(0);
    const QModelIndex replyIndex = index(m_model->lastReplyRow());

    // Laid out with break points: the whole word is shown, wrapped at the bubble's width.
    for (const QModelIndex &message : { question, replyIndex }) {
        const QList<const QTextDocument *> docs = documents(message);
        QVERIFY(!docs.isEmpty());
        const auto *doc = qobject_cast<const ReplyDocument *>(docs.constFirst());
        QVERIFY(doc);
        QVERIFY(doc->insertedBreaks() > 0);
        QVERIFY(doc->size().width() <= m_view->viewport()->width());
        QVERIFY(doc->size().height() > 10 * QFontMetrics(m_view->font()).height());
        QVERIFY(doc->text(0, doc->characterCount() - 1).contains(word));
    }
    // The stored text and every copy are the text as sent.
    QCOMPARE(question.data(TranscriptModel::ContentRole).toString(), word);
    QCOMPARE(replyIndex.data(TranscriptModel::ContentRole).toString(), reply);
    const QList<MessageDelegate::CodeBlock> blocks
        = m_view->messageDelegate()->codeBlocks(option(replyIndex), replyIndex);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.constFirst().text, word);
}

void TestMessageRendering::keepLineBreaks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("parsed");
    const QString ls(QChar::LineSeparator);
    QTest::newRow("paragraph") << u"one\ntwo\n  three"_s
                               << u"one"_s + ls + u"two"_s + ls + u"three"_s;
    QTest::newRow("crlf") << u"one\r\ntwo"_s << u"one"_s + ls + u"two"_s;
    QTest::newRow("paragraphs") << u"one\n\ntwo"_s << u"one\n\ntwo"_s;
    QTest::newRow("list") << u"- a\n- b\n1. c\n2) d"_s << u"- a\n- b\n1. c\n2) d"_s;
    QTest::newRow("lazy list text") << u"- a\nmore"_s << u"- a"_s + ls + u"more"_s;
    QTest::newRow("fence") << u"```\na\nb\n```"_s << u"```\na\nb\n```"_s;
    QTest::newRow("indented code") << u"text\n\n    a\n    b"_s << u"text\n\n    a\n    b"_s;
    QTest::newRow("table") << u"a | b\n--|--\nc | d"_s << u"a | b\n--|--\nc | d"_s;
    QTest::newRow("heading") << u"# Title\ntext"_s << u"# Title\ntext"_s;
    QTest::newRow("setext") << u"Title\n====="_s << u"Title\n====="_s;
    QTest::newRow("quote") << u"text\n> quoted"_s << u"text\n> quoted"_s;
    QTest::newRow("hard break kept") << u"one  \ntwo\\\nthree"_s << u"one  \ntwo\\\nthree"_s;
}

void TestMessageRendering::keepLineBreaks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, parsed);
    QCOMPARE(ReplyDocument::keepLineBreaks(markdown), parsed);
}

void TestMessageRendering::markdownKeepsLineBreaksAndTopAlignsCells()
{
    const QString reply = u"First line\nsecond line\n\n"
                          "| Name | A header long enough to wrap over more than one line in this "
                          "table, surely, when the bubble is not very wide at all | Price |\n"
                          "|---|---|---|\n| Apple | A fruit | 1 |\n\n"
                          "```\nkept\nas is\n```\n"_s;
    ask(u"Table?"_s, reply);
    const QModelIndex replyIndex = index(m_model->lastReplyRow());
    const QList<const QTextDocument *> docs = documents(replyIndex);
    QCOMPARE(docs.size(), 1);
    const QTextDocument *doc = docs.constFirst();
    // The single line break is kept: the two lines are on two lines, as typed.
    const QTextBlock first = doc->begin();
    QCOMPARE(first.text(), u"First line\u2028second line"_s);
    QCOMPARE(first.layout()->lineCount(), 2);
    // Every cell of the header row starts at the same height, at the top.
    const QTextTable *table = nullptr;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        if ((table = qobject_cast<QTextTable *>(frame)))
            break;
    }
    QVERIFY(table);
    QVERIFY(table->cellAt(0, 1).firstCursorPosition().block().layout()->lineCount() > 1);
    QList<qreal> tops;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextBlock cell = table->cellAt(0, column).firstCursorPosition().block();
        tops << doc->documentLayout()->blockBoundingRect(cell).top();
        QCOMPARE(table->cellAt(0, column).format().verticalAlignment(), QTextCharFormat::AlignTop);
    }
    QCOMPARE(tops.at(0), tops.at(1));
    QCOMPARE(tops.at(2), tops.at(1));
    // Code keeps its lines as they were.
    const QList<MessageDelegate::CodeBlock> blocks
        = m_view->messageDelegate()->codeBlocks(option(replyIndex), replyIndex);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.constFirst().text, u"kept\nas is"_s);
}

QPoint TestMessageRendering::actionPoint(const QModelIndex &index,
                                         MessageDelegate::Action action) const
{
    const QRect rect = m_view->visualRect(index);
    for (int y = rect.bottom(); y > rect.top(); y -= 2) {
        for (int x = rect.right(); x > rect.left(); x -= 2) {
            if (m_view->messageDelegate()->actionAt(option(index), index, { x, y }) == action)
                return { x - 2, y };
        }
    }
    return { -1, -1 };
}

void TestMessageRendering::moveMouse(const QPoint &pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, m_view->viewport()->mapToGlobal(pos), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(m_view->viewport(), &move);
}

void TestMessageRendering::longCodeLinesWrapWithAToggle()
{
    QString line = u"values = ["_s;
    for (int i = 0; i < 80; ++i)
        line += u"%1, "_s.arg(i * 7);
    line += u"]"_s;
    ask(u"Code?"_s, u"```python\n"_s + line + u"\n```\n"_s);
    const QModelIndex replyIndex = index(m_model->lastReplyRow());
    const auto codeLines = [&] {
        const QTextDocument *doc = documents(replyIndex).constFirst();
        return doc->begin().layout()->lineCount();
    };
    // Wrapped within the bubble: nothing is cut off at its edge.
    QVERIFY2(codeLines() > 1, "the long code line is one line, cut at the bubble's edge");
    QVERIFY(documents(replyIndex).constFirst()->idealWidth() <= m_view->viewport()->width());
    QCOMPARE(m_view->messageDelegate()->codeBlocks(option(replyIndex), replyIndex).at(0).text,
             line);

    // The reply's context menu turns wrapping off (and on again).
    const auto toggle = [&] {
        m_view->setCurrentIndex(replyIndex);
        const QRect rect = m_view->visualRect(replyIndex);
        QContextMenuEvent event(QContextMenuEvent::Keyboard, rect.center(),
                                m_view->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(m_view->viewport(), &event);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        for (QAction *action : menu->actions()) {
            if (action->text() == u"&Wrap Long Code Lines"_s)
                action->trigger();
        }
        menu->close();
    };
    toggle();
    QVERIFY(!m_view->messageDelegate()->wrapCode());
    QCOMPARE(codeLines(), 1);
    toggle();
    QVERIFY(codeLines() > 1);
}

void TestMessageRendering::copyLinkSaysCopied()
{
    ask(u"Hi"_s, u"Hello there."_s);
    const QModelIndex replyIndex = index(m_model->lastReplyRow());
    const QPoint copy = actionPoint(replyIndex, MessageDelegate::Action::Copy);
    QVERIFY(copy.x() >= 0);
    const QRect linkArea(copy - QPoint(30, 8), QSize(70, 16));
    const QImage before = m_view->viewport()->grab(linkArea).toImage();
    QSignalSpy copied(m_view.get(), &TranscriptView::copyRequested);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, copy);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.constFirst().constFirst().toInt(), replyIndex.row());
    m_view->selectionModel()->clear(); // the click selected the reply; drawn as before
    // "Copied" for a moment, then "Copy" again.
    QTRY_VERIFY(m_view->viewport()->grab(linkArea).toImage() != before);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->viewport()->grab(linkArea).toImage(), before, 5000);
}

void TestMessageRendering::userMessageOffersEditOnHover()
{
    ask(u"Fix my question"_s, u"Sure."_s);
    const QModelIndex question = index(0);
    const QRect rect = m_view->visualRect(question);
    moveMouse(rect.center());
    const QPoint edit = actionPoint(question, MessageDelegate::Action::Edit);
    QVERIFY(edit.x() >= 0);
    QVERIFY(rect.contains(edit));
    QSignalSpy edits(m_view.get(), &TranscriptView::editRequested);
    moveMouse(edit);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, edit);
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.constFirst().constFirst().toInt(), 0);
    // Copy is there too.
    QVERIFY(actionPoint(question, MessageDelegate::Action::Copy).x() >= 0);
}

void TestMessageRendering::messageTextCanBeSelectedAndCopied()
{
    QString word;
    for (int i = 0; i < 900; ++i)
        word += QChar(u'a' + i % 26);
    const QString reply = u"Pick **this** part\n\n"_s + word;
    ask(u"Select?"_s, reply);
    const QModelIndex replyIndex = index(m_model->lastReplyRow());
    const QRect rect = m_view->visualRect(replyIndex);
    // Dragging over a bubble selected the bubble; double-click opens its text for selecting.
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, rect.center());
    MessageTextViewer *viewer = nullptr;
    QTRY_VERIFY((viewer = m_view->viewport()->findChild<MessageTextViewer *>())
                && viewer->isVisible());
    QVERIFY(rect.contains(viewer->geometry().center()));
    viewer->selectAll();
    viewer->copy();
    // As shown (no Markdown marks), without the layout's break points.
    QCOMPARE(QApplication::clipboard()->text(), u"Pick this part\n"_s + word);
    QVERIFY(!QApplication::clipboard()->text().contains(QChar(0x200B)));
    QTest::keyClick(viewer, Qt::Key_Escape);
    QTRY_VERIFY(!m_view->viewport()->findChild<MessageTextViewer *>()
                || !m_view->viewport()->findChild<MessageTextViewer *>()->isVisible());
}

void TestMessageRendering::rightToLeftTextShowsInBothRoles_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("arabic") << u"مرحبا بالعالم، كيف حالك؟"_s;
    QTest::newRow("hebrew and latin") << u"שלום world"_s;
}

void TestMessageRendering::rightToLeftTextShowsInBothRoles()
{
    QFETCH(QString, text);
    ask(text, text);
    for (const QModelIndex &message : { index(0), index(m_model->lastReplyRow()) }) {
        QCOMPARE(shownText(message), text);
        const QRect rect = m_view->visualRect(message);
        // Ink inside the bubble, right of its left padding: the text is drawn where the bubble
        // is, not outside it.
        const QImage shot = m_view->viewport()->grab(rect).toImage();
        const QColor text = m_view->palette().color(QPalette::Text);
        int ink = 0;
        int inkLeft = shot.width();
        int inkRight = 0;
        // Below the header line ("You", the model), where the message text is.
        const int top = QFontMetrics(m_view->font()).height() + 12;
        for (int y = top; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                if (qAbs(c.lightness() - text.lightness()) < 60) {
                    ++ink;
                    inkLeft = std::min(inkLeft, x);
                    inkRight = std::max(inkRight, x);
                }
            }
        }
        QVERIFY2(ink > 20, qPrintable(u"row %1: %2 dark pixels"_s.arg(message.row()).arg(ink)));
        // Right-to-left text starts at the right: its ink ends near the bubble's right edge.
        const bool isUser = message.row() == 0;
        if (isUser)
            QVERIFY2(inkRight > shot.width() - 40, qPrintable(QString::number(inkRight)));
        else
            QVERIFY2(inkRight > shot.width() - 60, qPrintable(QString::number(inkRight)));
    }
}

QTEST_MAIN(TestMessageRendering)
#include "tst_messagerendering.moc"
