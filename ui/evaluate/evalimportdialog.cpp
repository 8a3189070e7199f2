#include "evalimportdialog.h"

#include "filedialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Workbench set files are listed in one line, separated by this.
constexpr QChar FileSeparator = u';';
} // namespace

EvalImportDialog::EvalImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_name(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_split(new QLineEdit(u"test"_s, this))
    , m_topics(new QLineEdit(this))
    , m_qrels(new QLineEdit(this))
    , m_documents(new QLineEdit(this))
    , m_workbench(new QLineEdit(this))
    , m_run(new QLineEdit(this))
    , m_depth(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Evaluation Set"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_format->addItem(tr("BEIR folder"));
    m_format->addItem(tr("TREC files"));
    m_format->addItem(tr("Saved workbench sets"));
    top->addRow(tr("&Format:"), m_format);
    m_name->setPlaceholderText(tr("From the folder or file name"));
    top->addRow(tr("&Name:"), m_name);
    layout->addLayout(top);

    const QString jsonl = tr("Documents (*.jsonl *.tsv);;All files (*)");
    auto *beir = new QWidget(m_pages);
    auto *beirForm = new QFormLayout(beir);
    beirForm->setContentsMargins(0, 0, 0, 0);
    beirForm->addRow(tr("F&older:"), fileRow(m_folder, tr("BEIR Folder"), {}, true));
    m_split->setToolTip(tr("The qrels file read: qrels/<split>.tsv"));
    beirForm->addRow(tr("&Split:"), m_split);
    m_pages->addWidget(beir);

    auto *trec = new QWidget(m_pages);
    auto *trecForm = new QFormLayout(trec);
    trecForm->setContentsMargins(0, 0, 0, 0);
    trecForm->addRow(
        tr("&Topics:"),
        fileRow(m_topics, tr("Topics"), tr("Topics (*.tsv *.txt);;All files (*)"), false));
    trecForm->addRow(
        tr("&Qrels:"),
        fileRow(m_qrels, tr("Qrels"), tr("Qrels (*.txt *.qrels *.tsv);;All files (*)"), false));
    trecForm->addRow(tr("&Documents:"), fileRow(m_documents, tr("Documents"), jsonl, false));
    m_pages->addWidget(trec);

    auto *workbench = new QWidget(m_pages);
    auto *workbenchForm = new QFormLayout(workbench);
    workbenchForm->setContentsMargins(0, 0, 0, 0);
    workbenchForm->addRow(tr("&Set files:"),
                          fileRow(m_workbench, tr("Workbench Sets"),
                                  tr("Workbench sets (*.json);;All files (*)"), false, true));
    m_pages->addWidget(workbench);
    layout->addWidget(m_pages);

    auto *common = new QFormLayout;
    m_run->setPlaceholderText(tr("Optional: a TREC run; else each query's judged documents"));
    common->addRow(tr("First-stage &run:"),
                   fileRow(m_run, tr("First-Stage Run"),
                           tr("TREC runs (*.trec *.run *.txt);;All files (*)"), false));
    m_depth->setRange(1, 10000);
    m_depth->setValue(EvalStore::DefaultDepth);
    m_depth->setToolTip(tr("Candidates per query taken from the first-stage run"));
    common->addRow(tr("De&pth:"), m_depth);
    layout->addLayout(common);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_format, &QComboBox::currentIndexChanged, this, &EvalImportDialog::updateOk);
    for (QLineEdit *edit : { m_folder, m_topics, m_qrels, m_documents, m_workbench })
        connect(edit, &QLineEdit::textChanged, this, &EvalImportDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    // A file row's label (F&older:, First-stage &run:, …) takes the keyboard to the row's field:
    // the form made the row, which takes no focus, its buddy, so Alt+O did nothing and the path
    // typed next went into whichever field had the keyboard.
    for (QLabel *label : findChildren<QLabel *>()) {
        QWidget *buddy = label->buddy();
        if (buddy && buddy->focusPolicy() == Qt::NoFocus) {
            if (auto *edit = buddy->findChild<QLineEdit *>())
                label->setBuddy(edit);
        }
    }
    updateOk();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

QWidget *EvalImportDialog::fileRow(QLineEdit *edit, const QString &caption, const QString &filter,
                                   bool folder, bool many)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(tr("Browse…"), row);
    browse->setAccessibleName(tr("Browse for %1").arg(caption));
    layout->addWidget(browse);
    edit->setAccessibleName(caption);
    connect(browse, &QPushButton::clicked, this, [this, edit, caption, filter, folder, many] {
        QString chosen;
        if (folder) {
            chosen = QFileDialog::getExistingDirectory(this, caption, FileDialogs::startPath());
            if (!chosen.isEmpty())
                FileDialogs::remember(chosen);
        } else if (many) {
            chosen = FileDialogs::getOpenFileNames(this, caption, filter).join(FileSeparator);
        } else {
            chosen = FileDialogs::getOpenFileName(this, caption, filter);
        }
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    return row;
}

void EvalImportDialog::setFormat(EvalImport::Source::Format format)
{
    m_format->setCurrentIndex(int(format));
}

EvalImport::Source EvalImportDialog::source() const
{
    EvalImport::Source source;
    source.format = EvalImport::Source::Format(m_format->currentIndex());
    source.name = m_name->text().trimmed();
    source.folder = m_folder->text().trimmed();
    source.split = m_split->text().trimmed().isEmpty() ? u"test"_s : m_split->text().trimmed();
    source.topicsFile = m_topics->text().trimmed();
    source.qrelsFile = m_qrels->text().trimmed();
    source.documentsFile = m_documents->text().trimmed();
    for (const QString &file : m_workbench->text().split(FileSeparator, Qt::SkipEmptyParts))
        source.workbenchFiles.append(file.trimmed());
    source.candidatesFile = m_run->text().trimmed();
    source.depth = m_depth->value();
    return source;
}

void EvalImportDialog::updateOk()
{
    bool ready = false;
    switch (EvalImport::Source::Format(m_format->currentIndex())) {
    case EvalImport::Source::Format::Beir:
        ready = !m_folder->text().trimmed().isEmpty();
        break;
    case EvalImport::Source::Format::Trec:
        ready = !m_topics->text().trimmed().isEmpty() && !m_qrels->text().trimmed().isEmpty()
            && !m_documents->text().trimmed().isEmpty();
        break;
    case EvalImport::Source::Format::Workbench:
        ready = !m_workbench->text().trimmed().isEmpty();
        break;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}
