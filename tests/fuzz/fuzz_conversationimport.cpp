// Conversation import (ConversationArchive::parse, the part that reads the user's file) on
// hostile bytes, then the exporters on whatever it accepted: no crash, no endless loop on a
// parent cycle, and an export of an import parses again.
#include "store/conversationarchive.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const QList<ConversationRecord> records = ConversationArchive::parse(json, &error);
    for (const ConversationRecord &record : records) {
        ConversationArchive::path(record);
        ConversationArchive::toMarkdown(record);
        QString again;
        ConversationArchive::parse(ConversationArchive::toJsonDocument(record), &again);
    }
    return 0;
}
