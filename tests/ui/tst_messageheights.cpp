#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "messageheights.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QFontMetrics>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Row heights of the transcript without laying out every message: the estimate, and the view's
// layout once painted rows replace their estimates with exact heights.
class TestMessageHeights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void estimateText_data();
    void estimateText();
    void paintedRowsReplaceEstimates();
};

void TestMessageHeights::estimateText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("lines");
    const QString line(40, u'x'); // 40 average characters: the width used below
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("one short line") << u"hello"_s << 1;
    QTest::newRow("exactly one line") << line << 1;
    QTest::newRow("wraps once") << line + u"y"_s << 2;
    QTest::newRow("two lines") << u"a\nb"_s << 2;
    QTest::newRow("paragraphs") << u"a\n\nb"_s << 3;
    QTest::newRow("long paragraph") << line.repeated(5) << 5;
}

void TestMessageHeights::estimateText()
{
    QFETCH(QString, text);
    QFETCH(int, lines);
    const QFont font = QApplication::font();
    const QFontMetrics metrics(font);
    const int width = 40 * metrics.averageCharWidth();
    QCOMPARE(MessageHeights::estimateText(text, width, font), lines * metrics.lineSpacing());
}

void TestMessageHeights::paintedRowsReplaceEstimates()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    ConversationStore store(&db);
    const qint64 id = store.createConversation(u"Long"_s);
    qint64 parent = 0;
    for (int i = 0; i < 300; ++i) {
        Message m;
        m.parentId = parent;
        m.role = i % 2 ? Message::Role::Assistant : Message::Role::User;
        // A code line does not wrap, though its length says it would: the estimate is far off.
        m.content = i % 2 ? u"Reply %1\n\n```\n%2\n```"_s.arg(i).arg(QString(400, u'x'))
                          : u"Question %1"_s.arg(i);
        QVERIFY(store.addMessage(id, m));
        parent = m.id;
    }

    ApiClient client;
    ChatSession session(&client);
    session.setStore(&store);
    TranscriptModel model(&session);
    TranscriptView view;
    view.setModel(&model);
    view.resize(600, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(session.openConversation(id));
    QScrollBar *bar = view.verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum());

    // The rows in the middle were placed by estimates (never shown yet); once painted, the view
    // lays them out again with their exact heights, and the whole layout agrees with the delegate.
    const QModelIndex middle = model.index(151);
    view.scrollTo(middle, QAbstractItemView::PositionAtTop);
    const auto rowsAgree = [&] {
        QStyleOptionViewItem option;
        option.initFrom(view.viewport());
        option.widget = &view;
        int total = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const int height = view.messageDelegate()->sizeHint(option, index).height();
            // Each row starts where the one before ends: the positions come from the heights.
            if (row >= 151 && row < 156
                && (view.visualRect(index).height() != height
                    || view.visualRect(index).bottom() + 1
                        != view.visualRect(model.index(row + 1)).top()))
                return false;
            total += height;
        }
        return bar->maximum() + view.viewport()->height() == total;
    };
    QTRY_VERIFY(rowsAgree());
    QVERIFY(view.viewport()->rect().intersects(view.visualRect(middle)));
}

QTEST_MAIN(TestMessageHeights)
#include "tst_messageheights.moc"
