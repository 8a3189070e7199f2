#pragma once

#include <QPointer>
#include <QToolButton>

class KnowledgeChat;
class QMenu;

// The chat pane's knowledge control: one click opens the list of collections; choosing one
// attaches it to the conversation (KnowledgeChat remembers it), "None" detaches. While a
// collection is attached the button says which, in bold and pressed, so it is seen at a glance.
class CollectionButton : public QToolButton
{
    Q_OBJECT
public:
    explicit CollectionButton(QWidget *parent = nullptr);

    void setKnowledgeChat(KnowledgeChat *chat);
    // Rebuilds the menu from the collections (also done each time it opens).
    void rebuildMenu();
    QMenu *collectionMenu() const { return m_menu; }

Q_SIGNALS:
    void manageRequested();
    void templateRequested(const QString &collection);

private:
    void showAttached();

    QPointer<KnowledgeChat> m_chat;
    QMenu *m_menu;
};
