#include "comparebar.h"

#include "modelpicker.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

CompareBar::CompareBar(QWidget *parent)
    : QWidget(parent)
    , m_pickerRow(new QHBoxLayout)
    // Mnemonics chosen not to clash with the chat's own (Attach, Tokens, Parameters…), the menus
    // and the tabs: a clash makes Alt+letter only move the focus between the two.
    , m_add(new QPushButton(tr("A&dd Model"), this))
    // Blind has none: every letter is taken (Min-p, Rerank menu, Evaluate tab, Add Model) and B
    // is Leaderboard's, whose other letters are taken too; a check box is toggled with Space.
    , m_blind(new QCheckBox(tr("Blind"), this))
    , m_leaderboard(new QPushButton(tr("Leader&board…"), this))
{
    setAccessibleName(tr("Models to compare"));
    m_label = new QLabel(tr("Compare with:"), this);
    m_add->setAccessibleName(tr("Add a model to compare"));
    m_add->setToolTip(
        tr("Ask up to %n more models the same prompt, side by side", nullptr, MaxExtraModels));
    m_blind->setAccessibleName(tr("Blind comparison"));
    m_blind->setToolTip(tr("Hide which model wrote which reply until you vote for the better one"));
    m_leaderboard->setAccessibleName(tr("Show the comparison leaderboard"));
    m_leaderboard->setToolTip(tr("Win rate per model from your blind votes"));
    connect(m_add, &QPushButton::clicked, this, [this] { addModel(); });
    connect(m_leaderboard, &QPushButton::clicked, this, &CompareBar::leaderboardRequested);

    m_pickerRow->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addLayout(m_pickerRow, 1);
    layout->addWidget(m_add);
    layout->addWidget(m_blind);
    layout->addWidget(m_leaderboard);
    updateButtons();
}

void CompareBar::setCatalog(const ModelCatalog *catalog)
{
    m_catalog = catalog;
    for (ModelPicker *picker : std::as_const(m_pickers))
        picker->setCatalog(catalog);
}

void CompareBar::setConfig(Config *config)
{
    m_config = config;
    for (ModelPicker *picker : std::as_const(m_pickers))
        picker->setConfig(config);
}

QStringList CompareBar::models() const
{
    QStringList list;
    for (const ModelPicker *picker : m_pickers) {
        const QString id = picker->currentModel().trimmed();
        if (!id.isEmpty() && !list.contains(id))
            list.append(id);
    }
    return list;
}

void CompareBar::setModels(const QStringList &models)
{
    while (!m_pickers.isEmpty())
        removeModel(int(m_pickers.size()) - 1);
    for (const QString &id : models) {
        if (m_pickers.size() < MaxExtraModels)
            addModel(id);
    }
}

ModelPicker *CompareBar::addModel(const QString &id)
{
    if (m_pickers.size() >= MaxExtraModels)
        return nullptr;
    auto *picker = new ModelPicker(this);
    const int number = int(m_pickers.size()) + 2;
    picker->setAccessibleName(tr("Model %1").arg(number));
    // Narrower than the main picker: three of them and the chat's own fit an 800-pixel window.
    picker->setMinimumContentsLength(10);
    if (m_catalog)
        picker->setCatalog(m_catalog);
    if (m_config)
        picker->setConfig(m_config);
    if (!id.isEmpty())
        picker->setCurrentModel(id);
    auto *remove = new QToolButton(this);
    // A cross drawn as text in the palette's colour: the style's close icon is black, invisible
    // on the dark theme.
    remove->setText(u"\u2715"_s);
    remove->setToolButtonStyle(Qt::ToolButtonTextOnly);
    remove->setAutoRaise(true);
    remove->setAccessibleName(tr("Remove model %1").arg(number));
    remove->setToolTip(tr("Do not compare this model"));
    connect(remove, &QToolButton::clicked, this,
            [this, remove] { removeModel(int(m_removers.indexOf(remove))); });
    connect(picker, &ModelPicker::modelChosen, this, &CompareBar::modelsChanged);
    m_pickerRow->addWidget(picker, 1);
    m_pickerRow->addWidget(remove);
    // Tab reaches the new picker and its remove button just before Add Model.
    QWidget *before = m_removers.isEmpty() ? m_add->previousInFocusChain() : m_removers.last();
    setTabOrder(before, picker);
    setTabOrder(picker, remove);
    setTabOrder(remove, m_add);
    m_pickers.append(picker);
    m_removers.append(remove);
    updateButtons();
    Q_EMIT modelsChanged();
    if (id.isEmpty() && isVisible()) {
        picker->show(); // the layout shows it only later: its list would not open yet
        picker->focusAndOpen();
    }
    return picker;
}

void CompareBar::removeModel(int index)
{
    if (index < 0 || index >= m_pickers.size())
        return;
    delete m_pickers.takeAt(index);
    delete m_removers.takeAt(index);
    for (int i = 0; i < m_pickers.size(); ++i) {
        m_pickers.at(i)->setAccessibleName(tr("Model %1").arg(i + 2));
        m_removers.at(i)->setAccessibleName(tr("Remove model %1").arg(i + 2));
    }
    updateButtons();
    Q_EMIT modelsChanged();
}

bool CompareBar::isBlind() const
{
    return m_blind->isChecked();
}

void CompareBar::setBlind(bool blind)
{
    m_blind->setChecked(blind);
}

void CompareBar::updateButtons()
{
    m_add->setEnabled(m_pickers.size() < MaxExtraModels);
    // The label names (for a screen reader) and leads to the first model to compare, or to Add
    // Model.
    m_label->setBuddy(m_pickers.isEmpty() ? static_cast<QWidget *>(m_add) : m_pickers.constFirst());
}
