#include "sseparser.h"

QList<SseParser::Event> SseParser::feed(QByteArrayView bytes)
{
    QList<Event> out;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    // A "\r\n" split across two feeds: the "\r" already ended the line.
    if (m_pendingCR && n > 0) {
        if (bytes.at(0) == '\n')
            i = 1;
        m_pendingCR = false;
    }
    while (i < n) {
        qsizetype j = i;
        while (j < n && bytes.at(j) != '\n' && bytes.at(j) != '\r')
            ++j;
        if (j == n) {
            m_line.append(bytes.sliced(i));
            break;
        }
        if (m_line.isEmpty()) {
            processLine(bytes.sliced(i, j - i), out);
        } else {
            m_line.append(bytes.sliced(i, j - i));
            processLine(m_line, out);
            m_line.clear();
        }
        if (bytes.at(j) == '\r') {
            if (j + 1 < n) {
                if (bytes.at(j + 1) == '\n')
                    ++j;
            } else {
                m_pendingCR = true;
            }
        }
        i = j + 1;
    }
    return out;
}

QList<SseParser::Event> SseParser::finish()
{
    QList<Event> out;
    if (!m_line.isEmpty()) {
        const QByteArray line = m_line;
        m_line.clear();
        processLine(line, out);
    }
    dispatch(out);
    reset();
    return out;
}

void SseParser::reset()
{
    m_line.clear();
    m_pendingCR = false;
    m_event.clear();
    m_data.clear();
    m_id.clear();
    m_hasData = false;
}

void SseParser::processLine(QByteArrayView line, QList<Event> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // comment, e.g. ": keep-alive"

    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }

    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_event = value.toByteArray();
    } else if (field == "id") {
        // The spec ignores ids containing NUL; the id persists for later events.
        if (!value.contains('\0'))
            m_id = value.toByteArray();
    }
    // "retry" and unknown fields are ignored: reconnection is the caller's business.
}

void SseParser::dispatch(QList<Event> &out)
{
    if (m_hasData)
        out.append(Event{ m_event, m_data, m_id });
    m_event.clear();
    m_data.clear();
    m_hasData = false;
}
