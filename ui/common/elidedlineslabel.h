#pragma once

#include <QLabel>
#include <QStringList>

// Plain-text lines in a fixed height of `lines` lines: each line is elided to the width, and
// what does not fit (lines beyond the last) is counted on the last one; the whole text is the
// tooltip whenever something is cut. The label never grows, so the controls around it stay put
// however many lines (models) or however long the ids.
class ElidedLinesLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLinesLabel(int lines, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateHeight();
    void relayout();

    int m_lines;
    QString m_fullText;
};
