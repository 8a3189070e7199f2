#include "api/sseparser.h"

#include <QTest>

using Event = SseParser::Event;
using Events = QList<Event>;

namespace {

// The recorded DeepInfra stream from PROTOCOL.md, byte for byte.
const QByteArray Chunk1
    = R"({"id": "chatcmpl-AbC", "object": "chat.completion.chunk", "created": 1732684855, "model": "meta-llama/Meta-Llama-3-8B-Instruct", "choices": [{"index": 0, "delta": {"role": "assistant", "content": "", "tool_calls": null}, "finish_reason": null}], "usage": null})";
const QByteArray Chunk2
    = R"({"id": "chatcmpl-AbC", "object": "chat.completion.chunk", "created": 1732684855, "model": "meta-llama/Meta-Llama-3-8B-Instruct", "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hel", "tool_calls": null}, "finish_reason": null}], "usage": null})";
const QByteArray Chunk3
    = R"({"id": "chatcmpl-AbC", "object": "chat.completion.chunk", "created": 1732684855, "model": "meta-llama/Meta-Llama-3-8B-Instruct", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}], "usage": {"prompt_tokens": 12, "total_tokens": 14, "completion_tokens": 2, "estimated_cost": 1.2e-06}})";

QByteArray recorded(const QByteArray &eol)
{
    QByteArray out;
    for (const QByteArray &payload : { Chunk1, Chunk2, Chunk3, QByteArray("[DONE]") })
        out += "data: " + payload + eol + eol;
    return out;
}

Events recordedEvents()
{
    return { Event{ {}, Chunk1, {} }, Event{ {}, Chunk2, {} }, Event{ {}, Chunk3, {} },
             Event{ {}, "[DONE]", {} } };
}

// Comments before, between and inside events, as proxies send to keep connections alive.
QByteArray withComments()
{
    return ": keep-alive\n\ndata: " + Chunk1 + "\n: ping\n\n:\n\ndata: " + Chunk2
        + "\n\n: keep-alive\r\n\r\ndata: " + Chunk3 + "\n\ndata: [DONE]\n\n";
}

QByteArray multiLine()
{
    return "data: {\"a\":\r\ndata:  1,\ndata:\"b\": 2}\n\nevent: ping\nid: 7\ndata: x\n\n"
           "data\n\nid: 8\ndata: [DONE]\r\r";
}

Events multiLineEvents()
{
    return { Event{ {}, "{\"a\":\n 1,\n\"b\": 2}", {} }, Event{ "ping", "x", "7" },
             Event{ {}, {}, "7" }, Event{ {}, "[DONE]", "8" } };
}

Events feedAll(SseParser &parser, const QList<QByteArrayView> &pieces)
{
    Events events;
    for (QByteArrayView piece : pieces)
        events += parser.feed(piece);
    events += parser.finish();
    return events;
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySplitPoint_data();
    void everySplitPoint();
    void threeWaySplits();
    void byteByByte();
    void fields_data();
    void fields();
    void finishDispatchesPendingEvent();
    void eventsArriveAsSoonAsComplete();
    void resetDropsPartialInput();
};

void TestSseParser::everySplitPoint_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("split");
    QTest::addColumn<Events>("expected");

    const QList<std::tuple<const char *, QByteArray, Events>> samples = {
        { "lf", recorded("\n"), recordedEvents() },
        { "crlf", recorded("\r\n"), recordedEvents() },
        { "cr", recorded("\r"), recordedEvents() },
        { "comments", withComments(), recordedEvents() },
        { "multiline", multiLine(), multiLineEvents() },
    };
    for (const auto &[name, stream, expected] : samples) {
        for (int split = 0; split <= stream.size(); ++split)
            QTest::addRow("%s@%d", name, split) << stream << split << expected;
    }
}

void TestSseParser::everySplitPoint()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, split);
    QFETCH(Events, expected);

    SseParser parser;
    const QByteArrayView view(stream);
    QCOMPARE(feedAll(parser, { view.first(split), view.sliced(split) }), expected);
}

void TestSseParser::threeWaySplits()
{
    const QByteArray stream = recorded("\r\n");
    const QByteArrayView view(stream);
    const Events expected = recordedEvents();
    // A sample of the quadratic space: strides that hit every position class and the
    // boundaries around "\r\n" pairs.
    for (qsizetype i = 0; i <= view.size(); i += 3) {
        for (qsizetype j = i; j <= view.size(); j += 7) {
            SseParser parser;
            const Events events
                = feedAll(parser, { view.first(i), view.sliced(i, j - i), view.sliced(j) });
            if (events != expected)
                QFAIL(qPrintable(QStringLiteral("split at %1 and %2").arg(i).arg(j)));
        }
    }
}

void TestSseParser::byteByByte()
{
    for (const QByteArray &stream : { recorded("\n"), recorded("\r\n"), withComments() }) {
        SseParser parser;
        Events events;
        for (char c : stream)
            events += parser.feed(QByteArrayView(&c, 1));
        events += parser.finish();
        QCOMPARE(events, recordedEvents());
    }
}

void TestSseParser::fields_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<Events>("expected");

    QTest::newRow("no space after colon") << QByteArray("data:x\n\n") << Events{ { {}, "x", {} } };
    QTest::newRow("only one space stripped")
        << QByteArray("data:  x \n\n") << Events{ { {}, " x ", {} } };
    QTest::newRow("field without colon is empty data")
        << QByteArray("data\n\n") << Events{ { {}, "", {} } };
    QTest::newRow("empty data line") << QByteArray("data:\n\n") << Events{ { {}, "", {} } };
    QTest::newRow("two empty data lines")
        << QByteArray("data:\ndata:\n\n") << Events{ { {}, "\n", {} } };
    QTest::newRow("blank lines alone dispatch nothing") << QByteArray("\n\n\r\n\r\r") << Events{};
    QTest::newRow("event without data is dropped")
        << QByteArray("event: ping\n\ndata: a\n\n") << Events{ { {}, "a", {} } };
    QTest::newRow("event name applies once") << QByteArray("event: error\ndata: a\n\ndata: b\n\n")
                                             << Events{ { "error", "a", {} }, { {}, "b", {} } };
    QTest::newRow("id persists") << QByteArray("id: 1\ndata: a\n\ndata: b\n\n")
                                 << Events{ { {}, "a", "1" }, { {}, "b", "1" } };
    QTest::newRow("unknown field and retry ignored")
        << QByteArray("retry: 100\nfoo: bar\ndata: a\n\n") << Events{ { {}, "a", {} } };
    QTest::newRow("colon inside value kept")
        << QByteArray("data: {\"k\": \"a:b\"}\n\n") << Events{ { {}, "{\"k\": \"a:b\"}", {} } };
    QTest::newRow("comment line inside event")
        << QByteArray("data: a\n: note\ndata: b\n\n") << Events{ { {}, "a\nb", {} } };
    QTest::newRow("utf8 kept as bytes") << QByteArray("data: Gr\xc3\xbc\xc3\x9f\x65\n\n")
                                        << Events{ { {}, "Gr\xc3\xbc\xc3\x9f\x65", {} } };
}

void TestSseParser::fields()
{
    QFETCH(QByteArray, stream);
    QFETCH(Events, expected);
    SseParser parser;
    QCOMPARE(feedAll(parser, { stream }), expected);
}

void TestSseParser::finishDispatchesPendingEvent()
{
    SseParser parser;
    QVERIFY(parser.feed("data: partial\ndata: tail").isEmpty());
    QVERIFY(parser.bufferedBytes() > 0);
    QCOMPARE(parser.finish(), (Events{ { {}, "partial\ntail", {} } }));
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(parser.finish().isEmpty());
}

void TestSseParser::eventsArriveAsSoonAsComplete()
{
    SseParser parser;
    QVERIFY(parser.feed("data: a\n").isEmpty());
    QCOMPARE(parser.feed("\n"), (Events{ { {}, "a", {} } }));
    // A lone "\r" ends the line at once; the "\n" that may follow is not a second line.
    QVERIFY(parser.feed("data: b\r").isEmpty());
    QCOMPARE(parser.feed("\n\r\n"), (Events{ { {}, "b", {} } }));
}

void TestSseParser::resetDropsPartialInput()
{
    SseParser parser;
    parser.feed("data: half of an ev");
    parser.reset();
    QCOMPARE(parser.bufferedBytes(), 0);
    QCOMPARE(parser.feed("data: new\n\n"), (Events{ { {}, "new", {} } }));
}

QTEST_APPLESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
