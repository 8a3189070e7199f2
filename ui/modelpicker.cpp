#include "modelpicker.h"

#include "models/modelcatalog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace {
// Shows "documented" after an id in the lists without making it part of the id.
class ModelItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ModelPicker::DocumentedRole).toBool())
            option->text += u"  —  "_s + ModelPicker::tr("documented");
    }
};
} // namespace

ModelPicker::ModelPicker(QWidget *parent) : QComboBox(parent), m_completer(new QCompleter(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
    setItemDelegate(new ModelItemDelegate(this));
    setAccessibleName(tr("Model"));
    setToolTip(tr("The chat model (Ctrl+K). Type to filter, or type any model id."));
    lineEdit()->setPlaceholderText(ModelCatalog::defaultChatModel());
    lineEdit()->setClearButtonEnabled(true);

    m_completer->setModel(model());
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->popup()->setItemDelegate(new ModelItemDelegate(m_completer->popup()));
    setCompleter(m_completer);

    connect(this, &QComboBox::activated, this, &ModelPicker::emitChosen);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &ModelPicker::emitChosen);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &ModelPicker::emitChosen);
}

void ModelPicker::setCatalog(const ModelCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &ModelCatalog::changed, this, &ModelPicker::reload);
    reload();
}

void ModelPicker::reload()
{
    const QString current = currentText();
    QSignalBlocker blocker(this);
    clear();
    if (m_catalog) {
        QList<ModelInfo> models = m_catalog->models(ModelInfo::Type::Chat);
        // Documented models first: they are the ones known to work.
        std::stable_sort(models.begin(), models.end(), [](const ModelInfo &a, const ModelInfo &b) {
            return (a.source == ModelInfo::Source::Documented)
                > (b.source == ModelInfo::Source::Documented);
        });
        for (const ModelInfo &info : std::as_const(models)) {
            if (info.deprecated && info.source != ModelInfo::Source::Documented)
                continue;
            addItem(info.id);
            const int row = count() - 1;
            const bool documented = info.source == ModelInfo::Source::Documented;
            setItemData(row, documented, DocumentedRole);
            QString tip = info.description;
            if (info.contextLength > 0)
                tip += (tip.isEmpty() ? QString() : u"\n"_s)
                    + tr("Context: %1 tokens").arg(info.contextLength);
            if (!tip.isEmpty())
                setItemData(row, tip, Qt::ToolTipRole);
            setItemData(row, documented ? tr("%1, documented").arg(info.id) : info.id,
                        Qt::AccessibleTextRole);
        }
    }
    setCurrentModel(current);
}

QString ModelPicker::currentModel() const
{
    const QString text = currentText().trimmed();
    return text.isEmpty() ? ModelCatalog::defaultChatModel() : text;
}

void ModelPicker::setCurrentModel(const QString &id)
{
    const int row = findText(id);
    if (row >= 0)
        setCurrentIndex(row);
    else
        setEditText(id);
    m_lastEmitted = currentModel();
}

void ModelPicker::focusAndOpen()
{
    setFocus(Qt::ShortcutFocusReason);
    lineEdit()->selectAll();
    showPopup();
}

void ModelPicker::emitChosen()
{
    const QString id = currentModel();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    Q_EMIT modelChosen(id);
}
