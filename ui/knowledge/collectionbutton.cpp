#include "collectionbutton.h"

#include "knowledge/knowledgechat.h"
#include "knowledge/knowledgesession.h"

#include <QActionGroup>
#include <QMenu>

using namespace Qt::StringLiterals;

CollectionButton::CollectionButton(QWidget *parent) : QToolButton(parent), m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAutoRaise(true);
    setCheckable(true);
    setMenu(m_menu);
    setAccessibleName(tr("Knowledge collection"));
    connect(m_menu, &QMenu::aboutToShow, this, &CollectionButton::rebuildMenu);
    // A checkable button toggles on click; its state only ever follows the attachment.
    connect(this, &QToolButton::toggled, this, [this] { showAttached(); });
    showAttached();
}

void CollectionButton::setKnowledgeChat(KnowledgeChat *chat)
{
    if (m_chat)
        m_chat->disconnect(this);
    m_chat = chat;
    if (chat)
        connect(chat, &KnowledgeChat::attachedChanged, this, &CollectionButton::showAttached);
    rebuildMenu();
    showAttached();
}

void CollectionButton::rebuildMenu()
{
    m_menu->clear();
    KnowledgeSession *knowledge = m_chat ? m_chat->knowledge() : nullptr;
    const QString attached = m_chat ? m_chat->attachedCollection() : QString();
    auto *group = new QActionGroup(m_menu);
    QAction *none = m_menu->addAction(tr("&None: answer without a collection"));
    none->setCheckable(true);
    none->setChecked(attached.isEmpty());
    group->addAction(none);
    connect(none, &QAction::triggered, this, [this] {
        if (m_chat)
            m_chat->attach({});
    });
    const QList<KbCollection> collections
        = knowledge ? knowledge->collections() : QList<KbCollection>();
    if (!collections.isEmpty())
        m_menu->addSection(tr("Answer from"));
    for (const KbCollection &c : collections) {
        // "&&": a collection's name is data, not a mnemonic.
        QAction *action = m_menu->addAction(tr("%1 (%n passages)", nullptr, c.chunkCount)
                                                .arg(QString(c.name).replace(u'&', u"&&"_s)));
        action->setCheckable(true);
        action->setChecked(c.name == attached);
        action->setData(c.name);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = c.name] {
            if (m_chat)
                m_chat->attach(name);
        });
    }
    m_menu->addSeparator();
    QAction *prompt = m_menu->addAction(tr("Edit &Prompt Template…"), this, [this] {
        if (m_chat)
            Q_EMIT templateRequested(m_chat->attachedCollection());
    });
    prompt->setEnabled(!attached.isEmpty());
    m_menu->addAction(collections.isEmpty() ? tr("&Create a Collection…")
                                            : tr("&Manage Collections…"),
                      this, &CollectionButton::manageRequested);
}

void CollectionButton::showAttached()
{
    const QString attached = m_chat ? m_chat->attachedCollection() : QString();
    const QSignalBlocker blocker(this);
    setChecked(!attached.isEmpty());
    QFont f = font();
    f.setBold(!attached.isEmpty());
    setFont(f);
    if (attached.isEmpty()) {
        setText(tr("Knowled&ge: none"));
        setToolTip(tr("Answer from a knowledge collection: the reply cites its passages as [1], "
                      "[2] …"));
        setAccessibleDescription(tr("No collection attached"));
    } else {
        // The name is data: "&&" keeps a "&" in it from becoming a mnemonic.
        setText(tr("Knowled&ge: %1").arg(QString(attached).replace(u'&', u"&&"_s)));
        setToolTip(tr("Each question is answered from “%1”, with numbered sources. Click to "
                      "choose another collection or none.")
                       .arg(attached));
        setAccessibleDescription(tr("Answers from the collection %1").arg(attached));
    }
}
