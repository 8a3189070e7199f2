#include "keyrule.h"

KeyRule KeyRule::named(const QString &variable, const QString &endpointName)
{
    KeyRule rule;
    rule.m_named = true;
    rule.m_variable = variable.trimmed();
    rule.m_endpointName = endpointName;
    return rule;
}

KeyRule KeyRule::keychainOnly()
{
    KeyRule rule;
    rule.m_environment = false;
    return rule;
}

QString KeyRule::variableFor(const Endpoint &endpoint) const
{
    if (!m_environment)
        return {};
    if (m_named && endpoint.name == m_endpointName)
        return m_variable;
    return endpoint.kind == Endpoint::Kind::DeepInfra ? defaultVariable() : QString();
}

QString KeyRule::environmentKey(const Endpoint &endpoint) const
{
    const QString variable = variableFor(endpoint);
    if (variable.isEmpty())
        return {};
    return qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
}

bool isUsableKey(const QString &key)
{
    for (const QChar c : key) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}
