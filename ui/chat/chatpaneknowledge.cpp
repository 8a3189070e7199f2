// ChatPane's knowledge parts (issue 15): the collection button under the input, the status while
// a question is retrieved, the Retrieval panel beside the replies, the passage viewer the
// citations open and the prompt template. Kept apart from chatpane.cpp so each stays readable.
#include "chatpane.h"
#include "collectionbutton.h"
#include "knowledge/knowledgechat.h"
#include "passagedialog.h"
#include "prompttemplatedialog.h"
#include "retrievalpanel.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

QWidget *ChatPane::setupKnowledge(QWidget *replyArea, QVBoxLayout *inputColumn)
{
    m_collectionButton = new CollectionButton(this);
    m_collectionButton->setVisible(false); // until there is a KnowledgeChat
    m_knowledgeStatus = new QLabel(this);
    m_knowledgeStatus->setTextFormat(Qt::PlainText);
    m_knowledgeStatus->setAccessibleName(tr("Knowledge status"));
    m_knowledgeStatus->setVisible(false);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_collectionButton);
    row->addWidget(m_knowledgeStatus);
    row->addStretch(1);
    inputColumn->addLayout(row);

    // The Retrieval panel joins the splitter when a reply's retrieval is first shown: its table
    // took ~5% of the instructions before the first paint (docs/PERFORMANCE.md, fifth pass).
    m_replySplitter = new QSplitter(Qt::Horizontal, this);
    m_replySplitter->addWidget(replyArea);
    m_replySplitter->setStretchFactor(0, 3);
    m_replySplitter->setChildrenCollapsible(false);
    m_replySplitter->setAccessibleName(tr("Replies and retrieval"));

    connect(m_view, &TranscriptView::sourceRequested, this,
            [this](int row, int number) { openSource(row, number); });
    connect(m_view, &TranscriptView::retrievalRequested, this,
            [this](int row) { showRetrieval(row); });
    connect(m_collectionButton, &CollectionButton::manageRequested, this,
            &ChatPane::manageKnowledgeRequested);
    connect(m_collectionButton, &CollectionButton::templateRequested, this,
            &ChatPane::editPromptTemplate);
    // The keyboard way to a reply's sources: its Retrieval panel, where Enter opens a passage.
    auto *showAction = new QAction(tr("Show &Retrieval"), this);
    showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    showAction->setStatusTip(tr("Show how the selected reply's sources were found"));
    showAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(showAction);
    connect(showAction, &QAction::triggered, this, [this] {
        int row = m_view->selectedRow();
        if (row < 0 || !m_model->index(row).data(TranscriptModel::HasRetrievalRole).toBool()) {
            row = -1;
            for (int r = m_model->rowCount() - 1; r >= 0 && row < 0; --r) {
                if (m_model->index(r).data(TranscriptModel::HasRetrievalRole).toBool())
                    row = r;
            }
        }
        showRetrieval(row);
    });
    // Another conversation: the panel showed a reply of the one before.
    connect(m_session, &ChatSession::messagesReset, this, [this] {
        if (m_retrievalPanel)
            m_retrievalPanel->setVisible(false);
    });
    return m_replySplitter;
}

RetrievalPanel *ChatPane::retrievalPanel()
{
    if (m_retrievalPanel)
        return m_retrievalPanel;
    m_retrievalPanel = new RetrievalPanel(this);
    m_retrievalPanel->setVisible(false);
    m_replySplitter->addWidget(m_retrievalPanel);
    m_replySplitter->setStretchFactor(1, 2);
    connect(m_retrievalPanel, &RetrievalPanel::closeRequested, this, [this] {
        m_retrievalPanel->setVisible(false);
        m_view->setFocus();
    });
    connect(m_retrievalPanel, &RetrievalPanel::passageRequested, this,
            [this](const KbPassage &passage, int number) { openPassage(passage, number); });
    connect(m_retrievalPanel, &RetrievalPanel::openInWorkbench, this, &ChatPane::openInWorkbench);
    // As the window does for the tables built with it: Tab leaves the table.
    for (QAbstractItemView *view : m_retrievalPanel->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    return m_retrievalPanel;
}

void ChatPane::setKnowledgeChat(KnowledgeChat *chat)
{
    if (m_knowledgeChat)
        m_knowledgeChat->disconnect(this);
    m_knowledgeChat = chat;
    m_model->setKnowledgeChat(chat);
    m_collectionButton->setKnowledgeChat(chat);
    m_collectionButton->setVisible(chat != nullptr);
    if (!chat)
        return;
    connect(chat, &KnowledgeChat::retrievingChanged, this, [this](bool retrieving) {
        m_knowledgeStatus->setText(
            retrieving
                ? tr("Searching “%1” for passages…").arg(m_knowledgeChat->attachedCollection())
                : QString());
        m_knowledgeStatus->setVisible(retrieving);
        updateActions();
    });
    connect(chat, &KnowledgeChat::problem, this,
            [this](const QString &message) { showReplyCheck(message, false); });
    connect(chat, &KnowledgeChat::retrievalChanged, this, [this](qint64 id) {
        // The panel shows this reply: its chat time came in.
        if (m_retrievalPanel && m_retrievalPanel->isVisible()
            && m_retrievalPanel->messageId() == id)
            showRetrieval(m_model->rowOfMessage(id));
    });
}

KnowledgeChat *ChatPane::knowledgeChat() const
{
    return m_knowledgeChat;
}

bool ChatPane::isAsking() const
{
    return (m_session && m_session->isBusy())
        || (m_knowledgeChat && m_knowledgeChat->isRetrieving());
}

RetrievalPanel *ChatPane::showRetrieval(int row)
{
    if (!m_knowledgeChat || !m_session || row < 0 || row >= m_session->messages().size())
        return nullptr;
    const Message &reply = m_session->messages().at(row);
    const ReplyRetrieval *record = m_knowledgeChat->retrieval(reply.id);
    if (!record)
        return nullptr;
    RetrievalPanel *panel = retrievalPanel();
    const bool wasVisible = panel->isVisible();
    panel->setRecord(*record, reply);
    panel->setVisible(true);
    if (!wasVisible)
        panel->table()->setFocus();
    return panel;
}

PassageDialog *ChatPane::openSource(int row, int number)
{
    if (!m_knowledgeChat || !m_session || row < 0 || row >= m_session->messages().size())
        return nullptr;
    const ReplyRetrieval *record = m_knowledgeChat->retrieval(m_session->messages().at(row).id);
    const RetrievalCandidate *source = record ? record->source(number) : nullptr;
    return source ? openPassage(source->passage, number) : nullptr;
}

PassageDialog *ChatPane::openPassage(const KbPassage &passage, int number)
{
    auto *dialog = new PassageDialog(passage, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ChatPane::editPromptTemplate(const QString &collection)
{
    if (!m_knowledgeChat || !m_knowledgeChat->knowledge() || collection.isEmpty())
        return;
    auto *dialog = new PromptTemplateDialog(m_knowledgeChat->knowledge(), collection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
