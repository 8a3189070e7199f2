#pragma once

#include <QtGlobal>

class QNetworkReply;

// Bounds the memory an endless reply header costs, which Qt 6.4 cannot do itself.
//
// Qt 6.4.2 reads a reply's status line and header one byte at a time into a single buffer with no
// size check (QHttpNetworkReplyPrivate::readStatus/readHeader); QHttpHeaderParser's limits (100
// fields, 100 KiB per field, 256 KiB in all) are applied only once the header has ended, and
// readHeader() ignores what parseHeaders() returns. Until then the QNetworkReply reports nothing
// (no metaDataChanged, readyRead or downloadProgress), and the transfer timeout is not restarted,
// so a header that never ends only stops at the stall timer, having grown by some MB a second.
// A time limit on the header cannot tell it from a slow server that sends its header only with
// the whole answer (non-streaming chat, rerank).
//
// So HeaderGuard measures what Qt hides: the bytes every QNetworkAccessManager thread read from
// its sockets (Linux per-thread I/O accounting, /proc/self/task/<tid>/io "rchar"), less what the
// watched replies accounted for (their headers, and every body byte they received). The rest,
// counted while a reply waits for its header, is header bytes still arriving; a reply past its
// budget is aborted (finished() with OperationCanceledError) and exceeded() is true for it. A
// silent server costs nothing here, however long it takes.
//
// Every request Sift makes goes through watch() (ChatStream, JsonReply), so a concurrent reply's
// body is not taken for header bytes. When several replies wait for their header at once, the
// unexplained bytes count against each of them. Where /proc is not readable, nothing is
// aborted: the stall timer remains the only bound.
namespace HeaderGuard {

// Watches `reply` until its header has arrived or it closes. Call it right after post()/get(),
// on the reply's thread.
void watch(QNetworkReply *reply, qint64 budgetBytes);
// Reports body bytes the reader took from a watched reply (QIODevice::read), so that they are
// not counted as header bytes. Bytes left unread when the reply closes are counted by watch().
void received(qint64 bytes);
// Whether HeaderGuard aborted `reply` because its header grew past the budget.
bool exceeded(const QNetworkReply *reply);
// Whether this system's per-thread I/O accounting can be read (Linux with /proc).
bool available();

} // namespace HeaderGuard
