#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Incremental parser for text/event-stream (WHATWG "server-sent events").
// Bytes may be split anywhere; feeding them in any chunking yields the same events.
// Handles \n, \r\n and \r line ends, ":" comment lines, multi-line data (joined with \n),
// "event:" and "id:" fields. "[DONE]" is an ordinary data payload here; ChatStream gives it
// meaning.
class SseParser
{
public:
    struct Event
    {
        QByteArray event; // empty means "message"
        QByteArray data;
        QByteArray id;
        bool operator==(const Event &) const = default;
    };

    QList<Event> feed(QByteArrayView bytes);
    // End of stream: a pending event without its blank line is dispatched (lenient).
    QList<Event> finish();
    void reset();
    qsizetype bufferedBytes() const { return m_line.size(); }

private:
    void processLine(QByteArrayView line, QList<Event> &out);
    void dispatch(QList<Event> &out);

    QByteArray m_line;
    bool m_pendingCR = false;
    QByteArray m_event;
    QByteArray m_data;
    QByteArray m_id;
    bool m_hasData = false;
};
