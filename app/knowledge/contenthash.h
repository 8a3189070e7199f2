#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The content hash the indexer stores for every file (kb_files.hash): SHA-256 in lower-case
// hex, as QCryptographicHash computes it, so hashes stored by earlier versions still match. On
// x86-64 processors with the SHA extensions (Intel since Ice Lake and Goldmont, AMD since Zen)
// the compression runs on them: ~8× faster than QCryptographicHash's portable code, which
// took a fifth of the client's CPU beyond embedding when indexing a folder of text.
namespace ContentHash {

QByteArray sha256(QByteArrayView bytes);
QString sha256Hex(QByteArrayView bytes);
// True when sha256() uses the processor's SHA instructions.
bool accelerated();

} // namespace ContentHash
