#pragma once

#include "chat/tokenprobabilities.h"

#include <QDialog>
#include <QList>
#include <QRect>
#include <QWidget>

class QLabel;

// A reply's tokens laid out as text, each on a background whose colour says how sure the model
// was (warm = unsure, clear = sure). Hovering a token shows its probability and alternatives;
// from the keyboard, the arrow keys (Home, End) move a framed current token and show the same.
class TokenHeatMap : public QWidget
{
    Q_OBJECT
public:
    explicit TokenHeatMap(QWidget *parent = nullptr);

    void setTokens(const QList<TokenProbability> &tokens);
    const QList<TokenProbability> &tokens() const { return m_tokens; }
    // The token under a point in widget coordinates, -1 when none.
    int tokenAt(const QPoint &point) const;
    // The rectangle a token is drawn in (its first piece when it wraps).
    QRect tokenRect(int index) const;
    // What hovering token `index` shows.
    QString toolTipFor(int index) const;
    // The fill for a probability: transparent at 1, the warning colour at 0.
    QColor colorFor(double probability) const;
    // The token the keyboard is on, -1 before the first key.
    int currentToken() const { return m_current; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Piece
    {
        int token;
        QString text;
        QRect rect;
    };
    QList<Piece> layoutFor(int width, int *height) const;
    void setCurrentToken(int index);

    QList<TokenProbability> m_tokens;
    QList<Piece> m_pieces;
    int m_layoutWidth = -1;
    int m_current = -1;
};

// The heat map of one reply in a window of its own, with a legend; says so when the server
// did not return probabilities.
class TokenHeatMapDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TokenHeatMapDialog(QWidget *parent = nullptr);

    void setReply(const QJsonObject &replyParameters, const QJsonArray &logprobs);
    TokenHeatMap *heatMap() const { return m_map; }
    QLabel *statusLabel() const { return m_status; }

private:
    TokenHeatMap *m_map;
    QLabel *m_status;
};
