#include "modellabels.h"

#include <QSet>

namespace {

bool isSeparator(QChar c)
{
    return c == u'/' || c == u'-' || c == u'_' || c == u'.' || c == u' ' || c == u':';
}

} // namespace

QStringList ModelLabels::shortNames(const QStringList &ids)
{
    qsizetype cut = 0;
    if (ids.size() > 1) {
        // The longest prefix all ids share, then back to just after its last separator so no
        // word is cut in two.
        qsizetype common = ids.constFirst().size();
        for (const QString &id : ids) {
            qsizetype i = 0;
            const qsizetype n = std::min(common, id.size());
            while (i < n && id.at(i) == ids.constFirst().at(i))
                ++i;
            common = i;
        }
        for (qsizetype i = common; i > 0; --i) {
            if (isSeparator(ids.constFirst().at(i - 1))) {
                cut = i;
                break;
            }
        }
    }
    QStringList names;
    names.reserve(ids.size());
    for (const QString &id : ids) {
        QString name = cut > 0 ? id.mid(cut) : id.section(u'/', -1);
        names << (name.trimmed().isEmpty() ? id : name);
    }
    // Two ids with the same short name (or an id that is a prefix of another): full ids.
    QSet<QString> seen;
    QSet<QString> clashing;
    for (const QString &name : std::as_const(names)) {
        if (seen.contains(name))
            clashing.insert(name);
        seen.insert(name);
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (clashing.contains(names.at(i)))
            names[i] = ids.at(i);
    }
    return names;
}

QString ModelLabels::shortName(const QString &id, const QStringList &ids)
{
    const qsizetype index = ids.indexOf(id);
    return index < 0 ? id : shortNames(ids).at(index);
}
