#include "elidedlineslabel.h"

#include <QEvent>
#include <QFontMetrics>

ElidedLinesLabel::ElidedLinesLabel(int lines, QWidget *parent)
    : QLabel(parent), m_lines(std::max(1, lines))
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Ignored across: a long line is elided, it does not widen the panel.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    updateHeight();
}

void ElidedLinesLabel::setFullText(const QString &text)
{
    m_fullText = text;
    relayout();
}

void ElidedLinesLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    relayout();
}

void ElidedLinesLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateHeight();
        relayout();
    }
}

void ElidedLinesLabel::updateHeight()
{
    const QMargins margins = contentsMargins();
    setFixedHeight(m_lines * fontMetrics().lineSpacing() + margins.top() + margins.bottom()
                   + 2 * margin());
}

void ElidedLinesLabel::relayout()
{
    const QStringList lines = m_fullText.isEmpty() ? QStringList() : m_fullText.split(u'\n');
    const QFontMetrics metrics = fontMetrics();
    const int width = std::max(1, contentsRect().width() - 2 * margin());
    QStringList shown;
    bool cut = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (shown.size() == m_lines - 1 && lines.size() > m_lines) {
            // The last line counts the rest; all of them are in the tooltip.
            line = tr("… and %n more line(s)", nullptr, int(lines.size() - i));
            cut = true;
        }
        const QString elided = metrics.elidedText(line, Qt::ElideMiddle, width);
        cut = cut || elided != line;
        shown.append(elided);
        if (shown.size() == m_lines)
            break;
    }
    setText(shown.join(u'\n'));
    setToolTip(cut ? m_fullText : QString());
}
