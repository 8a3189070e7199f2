#include "prompttemplatedialog.h"

#include "knowledge/knowledgeprompt.h"
#include "knowledge/knowledgesession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PromptTemplateDialog::PromptTemplateDialog(KnowledgeSession *session, const QString &collection,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_collection(collection)
    , m_editor(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
    , m_reset(new QPushButton(tr("&Reset to Default"), this))
{
    setWindowTitle(tr("Prompt Template of “%1”").arg(collection));
    auto *intro = new QLabel(tr("The system text sent with each question asked of this "
                                "collection. {sources} is replaced by the numbered passages "
                                "found for the question, as “[1] file:lines” and their text."),
                             this);
    intro->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_editor->setAccessibleName(tr("Prompt template"));
    m_editor->setTabChangesFocus(true);
    const std::optional<KbCollection> c = session ? session->collection(collection) : std::nullopt;
    const QString current = c ? c->options.promptTemplate : QString();
    m_editor->setPlainText(current.isEmpty() ? KnowledgePrompt::defaultTemplate() : current);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_reset, QDialogButtonBox::ResetRole);
    connect(m_reset, &QPushButton::clicked, this,
            [this] { m_editor->setPlainText(KnowledgePrompt::defaultTemplate()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PromptTemplateDialog::updateNote);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(620, 420);
    updateNote();
}

bool PromptTemplateDialog::save()
{
    const std::optional<KbCollection> c
        = m_session ? m_session->collection(m_collection) : std::nullopt;
    if (!c)
        return false;
    RetrievalOptions options = c->options;
    const QString text = m_editor->toPlainText().trimmed();
    // Sift's own text is kept as "none" so a translation or a better default reaches it.
    options.promptTemplate
        = text.isEmpty() || text == KnowledgePrompt::defaultTemplate().trimmed() ? QString() : text;
    return m_session->setOptions(m_collection, options);
}

void PromptTemplateDialog::updateNote()
{
    const QString text = m_editor->toPlainText();
    m_reset->setEnabled(text.trimmed() != KnowledgePrompt::defaultTemplate().trimmed());
    m_note->setText(text.contains(u"{sources}"_s)
                        ? QString()
                        : tr("There is no {sources} in the text: the sources are added after "
                             "it."));
    m_note->setVisible(!m_note->text().isEmpty());
}
