#include "modelpicker.h"

#include "config/config.h"
#include "models/modelfilter.h"

#include <QAbstractItemView>
#include <QAbstractListModel>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QFont>
#include <QHash>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScreen>
#include <QSet>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString compactCount(int tokens)
{
    if (tokens >= 1024 && tokens % 1024 == 0)
        return u"%1K"_s.arg(tokens / 1024);
    if (tokens >= 1000)
        return u"%1K"_s.arg(QLocale().toString(tokens / 1000.0, 'g', 3));
    return QLocale().toString(tokens);
}

QString priceText(const std::optional<double> &price)
{
    return price ? u"$"_s + QLocale().toString(*price, 'g', 4) : ModelPicker::tr("unknown");
}

} // namespace

// The rows of the picker's list: group headers and models, rebuilt on every filter change.
// Flat and cheap to rebuild, so filtering thousands of models stays within a frame.
class ModelListModel : public QAbstractListModel
{
public:
    enum class Group { Favorites, Recent, Documented, Endpoint, AnyId };

    struct Entry
    {
        ModelInfo info;
        QString label; // prebuilt display text without the star
    };

    struct Row
    {
        Group group;
        int entry = -1; // index into m_entries; -1 = header or "any id"
        QString id;     // for models and the "any id" row
    };

    // What the completer compares with the typed text (see data()).
    static constexpr int MatchKeyRole = ModelPicker::HeaderRole + 1;

    using QAbstractListModel::QAbstractListModel;

    void setEntries(const QList<ModelInfo> &models)
    {
        m_entries.clear();
        m_index.clear();
        m_entries.reserve(models.size());
        for (const ModelInfo &info : models) {
            Entry entry{ info, {} };
            QStringList details;
            if (info.contextLength > 0)
                details.append(ModelPicker::tr("%1 context").arg(compactCount(info.contextLength)));
            if (info.priceInPerMTok || info.priceOutPerMTok)
                details.append(
                    ModelPicker::tr("%1 in / %2 out per 1M")
                        .arg(priceText(info.priceInPerMTok), priceText(info.priceOutPerMTok)));
            // Vision models carry a word, not only a tooltip: it shows while scanning the list.
            if (info.vision)
                details.append(ModelPicker::tr("images"));
            if (info.deprecated)
                details.append(ModelPicker::tr("deprecated"));
            entry.label = info.id;
            if (!details.isEmpty())
                entry.label += u"  —  "_s + details.join(u" · "_s);
            m_index.insert(info.id, int(m_entries.size()));
            m_entries.append(entry);
        }
        rebuild();
    }

    void setFavorites(const QStringList &ids)
    {
        m_favorites = QSet<QString>(ids.cbegin(), ids.cend());
        m_favoriteOrder = ids;
        rebuild();
    }
    void setRecent(const QStringList &ids)
    {
        m_recent = ids;
        rebuild();
    }
    void setShowDeprecated(bool show)
    {
        m_showDeprecated = show;
        rebuild();
    }
    void setFilter(const QString &text)
    {
        const QString trimmed = text.trimmed();
        if (text == m_typed && !m_rows.isEmpty())
            return;
        m_filter = trimmed;
        m_typed = text;
        rebuild();
    }
    // The row Enter takes without the arrows: the best-scoring model (the first one on a tie),
    // or the "use as id" row when no model matches; -1 while nothing is typed.
    int bestRow() const { return m_best; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid() || isHeader(m_rows.at(index.row())))
            return Qt::NoItemFlags;
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const Row &row = m_rows.at(index.row());
        const bool header = isHeader(row);
        switch (role) {
        case Qt::DisplayRole:
            if (header)
                return groupTitle(row.group);
            if (row.group == Group::AnyId)
                return ModelPicker::tr("Use “%1” as the model id").arg(row.id);
            return (m_favorites.contains(row.id) ? u"★ "_s : u"   "_s) + label(row);
        case Qt::EditRole:
        case ModelPicker::ModelIdRole:
            return row.id;
        case MatchKeyRole:
            // The completer preselects the first row whose key starts with the typed text:
            // only the best row has one, so that is the row it preselects.
            return index.row() == m_best ? m_typed : QString();
        case Qt::AccessibleTextRole: {
            if (header)
                return groupTitle(row.group);
            QString text = m_favorites.contains(row.id)
                ? ModelPicker::tr("%1, favourite").arg(label(row))
                : label(row);
            if (row.entry >= 0 && m_entries.at(row.entry).info.vision)
                text += u", "_s + ModelPicker::tr("accepts images");
            return text;
        }
        case Qt::ToolTipRole: {
            if (row.entry < 0)
                return {};
            const ModelInfo &info = m_entries.at(row.entry).info;
            // The full id first: a narrow list elides it in the middle.
            QStringList lines{ row.id };
            if (info.deprecated)
                lines.append(ModelPicker::tr("Deprecated: the endpoint may stop serving this "
                                             "model. Choose another one for new work."));
            if (info.vision)
                lines.append(ModelPicker::tr("Accepts images: pictures attached to a message are "
                                             "sent to it."));
            if (!info.description.isEmpty())
                lines.append(info.description);
            return lines.join(u'\n');
        }
        case Qt::DecorationRole:
            // Deprecated models carry a warning sign, not only the word.
            if (row.entry >= 0 && m_entries.at(row.entry).info.deprecated)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            return {};
        case Qt::FontRole:
            if (header) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case ModelPicker::HeaderRole:
            return header;
        case ModelPicker::DocumentedRole:
            return row.entry >= 0
                && m_entries.at(row.entry).info.source == ModelInfo::Source::Documented;
        default:
            return {};
        }
    }

    bool knows(const QString &id) const { return m_index.contains(id); }
    bool isDeprecated(const QString &id) const
    {
        const int entry = m_index.value(id, -1);
        return entry >= 0 && m_entries.at(entry).info.deprecated;
    }

private:
    static constexpr int ExactBonus = 100000;
    static bool isHeader(const Row &row) { return row.entry < 0 && row.id.isEmpty(); }

    static QString groupTitle(Group group)
    {
        switch (group) {
        case Group::Favorites:
            return ModelPicker::tr("Favourites");
        case Group::Recent:
            return ModelPicker::tr("Recent");
        case Group::Documented:
            return ModelPicker::tr("Documented");
        case Group::Endpoint:
            return ModelPicker::tr("All from endpoint");
        case Group::AnyId:
            return ModelPicker::tr("Other");
        }
        return {};
    }

    QString label(const Row &row) const
    {
        return row.entry >= 0 ? m_entries.at(row.entry).label : row.id;
    }

    void rebuild()
    {
        beginResetModel();
        m_rows.clear();
        m_best = -1;
        int bestScore = -1;
        struct Candidate
        {
            int score;
            Row row;
        };
        QList<Candidate> groups[4];
        QSet<QString> placed;
        const auto consider = [&](Group group, const QString &id) {
            if (id.isEmpty() || placed.contains(id))
                return;
            const int entry = m_index.value(id, -1);
            const ModelInfo *info = entry >= 0 ? &m_entries.at(entry).info : nullptr;
            // Favourites and recent ids stay visible even when deprecated: the user chose them.
            if (info && info->deprecated && !m_showDeprecated && group != Group::Favorites
                && group != Group::Recent)
                return;
            int score = ModelFilter::matchScore(
                m_filter, id, info ? QStringView(info->displayName) : QStringView());
            if (score < 0)
                return;
            // The exact id typed (or pasted) is the best match there can be.
            if (!m_filter.isEmpty() && id.compare(m_filter, Qt::CaseInsensitive) == 0)
                score += ExactBonus;
            placed.insert(id);
            groups[int(group)].append({ score, Row{ group, entry, id } });
        };
        for (const QString &id : std::as_const(m_favoriteOrder))
            consider(Group::Favorites, id);
        for (const QString &id : std::as_const(m_recent))
            consider(Group::Recent, id);
        for (const Entry &entry : std::as_const(m_entries))
            consider(entry.info.source == ModelInfo::Source::Documented ? Group::Documented
                                                                        : Group::Endpoint,
                     entry.info.id);
        for (QList<Candidate> &list : groups) {
            if (list.isEmpty())
                continue;
            if (!m_filter.isEmpty())
                std::stable_sort(
                    list.begin(), list.end(),
                    [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
            m_rows.append(Row{ list.first().row.group, -1, {} });
            for (const Candidate &candidate : std::as_const(list)) {
                if (!m_filter.isEmpty() && candidate.score > bestScore) {
                    bestScore = candidate.score;
                    m_best = int(m_rows.size());
                }
                m_rows.append(candidate.row);
            }
        }
        // The escape hatch: any id works by name, known to the catalog or not. Only choosing
        // this row (or typing an id nothing matches) makes the typed text the model id.
        if (!m_filter.isEmpty() && !m_filter.contains(u' ') && !placed.contains(m_filter)
            && !m_index.contains(m_filter)) {
            if (m_best < 0)
                m_best = int(m_rows.size());
            m_rows.append(Row{ Group::AnyId, -1, m_filter });
        }
        endResetModel();
    }

    QList<Entry> m_entries;
    QHash<QString, int> m_index;
    QSet<QString> m_favorites;
    QStringList m_favoriteOrder;
    QStringList m_recent;
    bool m_showDeprecated = false;
    QString m_filter;
    QString m_typed; // the filter as typed, untrimmed: what the completer compares keys with
    QList<Row> m_rows;
    int m_best = -1;
};

// The field: while it is not being edited, an id longer than it shows is elided in the middle
// with "…" (the organisation and the size or variant at the end stay readable) instead of being
// cut off without a sign. The whole id is in the tooltip, and in the field once it has focus.
class ModelField : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

    QString shownText() const
    {
        if (hasFocus() || text().isEmpty())
            return text();
        return fontMetrics().elidedText(text(), Qt::ElideMiddle, textArea().width());
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        const QString shown = shownText();
        if (shown == text()) {
            QLineEdit::paintEvent(event);
            return;
        }
        // As QLineEdit paints an unfocused field (its panel, then the text), with the elided text.
        QPainter painter(this);
        QStyleOptionFrame panel;
        initStyleOption(&panel);
        style()->drawPrimitive(QStyle::PE_PanelLineEdit, &panel, &painter, this);
        // The option's palette is in the widget's colour group (disabled, inactive).
        style()->drawItemText(&painter, textArea(), Qt::AlignLeft | Qt::AlignVCenter, panel.palette,
                              isEnabled(), shown, QPalette::Text);
    }

private:
    // Where QLineEdit puts the text: the contents less its margins and the clear button.
    QRect textArea() const
    {
        QStyleOptionFrame panel;
        initStyleOption(&panel);
        constexpr int horizontalMargin = 2; // QLineEdit's own, between the frame and the text
        QRect area = style()
                         ->subElementRect(QStyle::SE_LineEditContents, &panel, this)
                         .marginsRemoved(textMargins())
                         .adjusted(horizontalMargin, 0, -horizontalMargin, 0);
        for (const QToolButton *button : findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
            if (button->isVisible())
                area.setRight(std::min(area.right(), button->geometry().left() - 1));
        }
        return area;
    }
};

namespace {

// Sets the field to a row's model id (not to its match key) when a row is highlighted or
// chosen.
// Rows no wider than the list, so a long id is elided in the middle (the list's elide mode)
// instead of the list scrolling sideways and cutting the id's start.
class FittingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            size.setWidth(std::min(size.width(), view->viewport()->width()));
        return size;
    }
};

class ModelCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override
    {
        return index.data(ModelPicker::ModelIdRole).toString();
    }
};

} // namespace

ModelPicker::ModelPicker(QWidget *parent)
    : QComboBox(parent)
    , m_list(new ModelListModel(this))
    , m_completer(new ModelCompleter(this))
    , m_field(new ModelField(this))
    , m_favoriteAction(new QAction(tr("Add to Favourites"), this))
    , m_deprecatedAction(new QAction(tr("Show Deprecated Models"), this))
{
    setEditable(true);
    setLineEdit(m_field);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // The picker stretches with the window; its minimum is kept small so the chat pane's top
    // bar (model, parameters, compare, preset, tokens) fits an 800 px window, in German too.
    setMinimumContentsLength(14);
    setAccessibleName(tr("Model"));
    updateToolTip();
    lineEdit()->setPlaceholderText(ModelCatalog::defaultChatModel());

    // The completer shows our model unfiltered: the fuzzy filtering and grouping are ours.
    m_completer->setModel(m_list);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(ModelListModel::MatchKeyRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(14);
    if (auto *view = qobject_cast<QListView *>(m_completer->popup())) {
        view->setUniformItemSizes(true);
        view->setResizeMode(QListView::Adjust);
    }
    m_completer->popup()->setItemDelegate(new FittingDelegate(m_completer->popup()));
    m_completer->popup()->setTextElideMode(Qt::ElideMiddle);
    m_completer->popup()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_completer->popup()->setAccessibleName(tr("Models"));
    m_completer->popup()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_completer->popup(), &QWidget::customContextMenuRequested, this,
            &ModelPicker::showRowMenu);
    // Filter first; the line edit then asks the completer (set below) to show the rows.
    connect(lineEdit(), &QLineEdit::textEdited, this, &ModelPicker::setFilterText);
    setCompleter(m_completer);
    // Installed after the completer's own filter, so it sees the arrow keys first.
    m_completer->popup()->installEventFilter(this);

    m_favoriteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_favoriteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_favoriteAction, &QAction::triggered, this,
            [this] { setFavorite(currentModel(), !isFavorite(currentModel())); });
    m_deprecatedAction->setCheckable(true);
    connect(m_deprecatedAction, &QAction::toggled, this, &ModelPicker::setShowDeprecated);
    addAction(m_favoriteAction);
    addAction(m_deprecatedAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    // Only a choice sets the model: a row clicked or taken with Enter/Tab, or Enter in the
    // field (the best match). Esc and leaving the field put the chosen model back.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &id) {
                if (!id.isEmpty())
                    choose(id);
            });
    // Keys reach the combo box (the line edit's focus proxy) or, when sent to it, the line
    // edit; focus changes reach the combo box.
    installEventFilter(this);
    lineEdit()->installEventFilter(this);
    connect(lineEdit(), &QLineEdit::textChanged, this, [this] {
        m_favoriteAction->setText(isFavorite(currentModel()) ? tr("Remove from Favourites")
                                                             : tr("Add to Favourites"));
    });
}

ModelPicker::~ModelPicker() = default;

void ModelPicker::paintEvent(QPaintEvent *event)
{
    QComboBox::paintEvent(event);
    // The clear button comes just after the first paint: its icon loads the icon theme, which
    // took several milliseconds of Sift's start-up before the window showed anything.
    if (!lineEdit()->isClearButtonEnabled()) {
        QTimer::singleShot(0, this, [this] {
            if (lineEdit())
                lineEdit()->setClearButtonEnabled(true);
        });
    }
}

bool ModelPicker::eventFilter(QObject *watched, QEvent *event)
{
    QAbstractItemView *view = m_completer->popup();
    if (watched == this || watched == lineEdit())
        return fieldEvent(event) || QComboBox::eventFilter(watched, event);
    // The completer places the list under the field at the field's width, on each show and as
    // the typed text changes it.
    if (watched == view && (event->type() == QEvent::Show || event->type() == QEvent::Resize))
        widenPopup();
    if (watched != view || event->type() != QEvent::KeyPress)
        return QComboBox::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        // The row under the cursor: the best match unless the arrows moved it.
        const QModelIndex current = view->currentIndex();
        const QString id = current.data(ModelIdRole).toString();
        view->hide();
        if (id.isEmpty())
            chooseBestMatch();
        else
            choose(id);
        return true;
    }
    if (key == Qt::Key_Escape) {
        view->hide();
        restore();
        return true;
    }
    if (key != Qt::Key_Down && key != Qt::Key_Up)
        return false;
    // Group headers are not choosable: the arrows step over them.
    const int step = key == Qt::Key_Down ? 1 : -1;
    // The view shows the completer's proxy of our model: index through the view's model.
    const QAbstractItemModel *model = view->model();
    const int rows = model->rowCount();
    const QModelIndex current = view->currentIndex();
    int row = current.isValid() ? current.row() + step : (step > 0 ? 0 : rows - 1);
    while (row >= 0 && row < rows && model->index(row, 0).data(HeaderRole).toBool())
        row += step;
    if (row < 0 || row >= rows)
        return true;
    view->setCurrentIndex(model->index(row, 0));
    return true;
}

bool ModelPicker::fieldEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool escape = key->key() == Qt::Key_Escape;
        const bool unsaved = lineEdit()->text().trimmed() != m_current;
        if (!(enter || (escape && unsaved)) || key->modifiers() & ~Qt::KeypadModifier)
            return false;
        // Esc with something typed is the field's, not a window shortcut's (Stop, Cancel).
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        if (enter)
            chooseBestMatch();
        else
            restore();
        return true;
    }
    case QEvent::FocusOut: {
        // Leaving the field (a click or Tab elsewhere) drops what was typed; switching windows
        // or opening the list does not.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason
            && !m_completer->popup()->isVisible())
            restore();
        return false;
    }
    default:
        return false;
    }
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

void ModelPicker::setModelType(ModelInfo::Type type)
{
    m_type = type;
    if (type != ModelInfo::Type::Chat)
        lineEdit()->setPlaceholderText(QString());
    reload();
}

void ModelPicker::setConfig(Config *config)
{
    m_config = config;
    if (!m_config)
        return;
    const auto clean = [](QStringList ids) {
        ids.removeAll(QString());
        ids.removeDuplicates();
        return ids;
    };
    m_favorites = clean(m_config->get(Config::FavoriteModels).toStringList());
    m_recent = clean(m_config->get(Config::RecentModels).toStringList()).mid(0, MaxRecent);
    m_list->setFavorites(m_favorites);
    m_list->setRecent(m_recent);
    const QSignalBlocker blocker(m_deprecatedAction);
    m_deprecatedAction->setChecked(m_config->get(Config::ShowDeprecatedModels).toBool());
    m_list->setShowDeprecated(m_deprecatedAction->isChecked());
}

void ModelPicker::reload()
{
    m_list->setEntries(m_catalog ? m_catalog->models(m_type) : QList<ModelInfo>());
}

QString ModelPicker::currentModel() const
{
    return effectiveId(m_current);
}

QString ModelPicker::effectiveId(const QString &id) const
{
    if (!id.isEmpty() || m_type != ModelInfo::Type::Chat)
        return id;
    return ModelCatalog::defaultChatModel();
}

void ModelPicker::setCurrentModel(const QString &id)
{
    m_current = id.trimmed();
    setEditText(m_current);
    showStart();
}

void ModelPicker::showStart()
{
    // A long id shows its start (the organisation and family), not its tail; the whole id is
    // in the tooltip.
    lineEdit()->setCursorPosition(0);
    updateToolTip();
}

void ModelPicker::updateToolTip()
{
    const QString help = tr("The model (Ctrl+K). Type to search by id or name, or type any model "
                            "id. Right-click to star a model or to show deprecated ones.");
    setToolTip(currentModel().isEmpty() ? help : currentModel() + u"\n\n"_s + help);
}

void ModelPicker::choose(const QString &id)
{
    m_completer->popup()->hide();
    m_list->setFilter(QString()); // the next look shows every model
    const QString chosen = id.trimmed();
    setEditText(chosen);
    showStart();
    if (chosen == m_current)
        return;
    const bool changed = effectiveId(chosen) != currentModel();
    m_current = chosen;
    updateToolTip();
    if (!changed)
        return;
    rememberRecent(currentModel());
    Q_EMIT modelChosen(currentModel());
}

void ModelPicker::chooseBestMatch()
{
    const QString text = lineEdit()->text();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        // An emptied field means the default model; the rerank picker has none.
        if (m_type == ModelInfo::Type::Chat)
            choose(QString());
        else
            restore();
        return;
    }
    if (trimmed == m_current) {
        choose(m_current);
        return;
    }
    m_list->setFilter(text);
    const int best = m_list->bestRow();
    if (best < 0) {
        restore();
        return;
    }
    choose(m_list->index(best, 0).data(ModelIdRole).toString());
}

void ModelPicker::restore()
{
    m_completer->popup()->hide();
    m_list->setFilter(QString());
    if (lineEdit()->text() != m_current)
        setEditText(m_current);
    showStart();
}

QString ModelPicker::shownText() const
{
    return m_field->shownText();
}

void ModelPicker::focusAndOpen()
{
    setFocus(Qt::ShortcutFocusReason);
    lineEdit()->selectAll();
    showPopup();
}

void ModelPicker::showPopup()
{
    // The arrow and Ctrl+K show everything; typing narrows it down.
    setFilterText(QString());
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
    // The chosen model under the cursor, so Enter keeps it and the arrows start from it.
    QAbstractItemView *view = m_completer->popup();
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ModelIdRole).toString() == currentModel()) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            view->scrollTo(index);
            break;
        }
    }
}

void ModelPicker::widenPopup()
{
    QAbstractItemView *view = m_completer->popup();
    const QAbstractItemModel *model = view->model();
    const QFontMetrics metrics = view->fontMetrics();
    int text = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        text = std::max(text, metrics.horizontalAdvance(model->index(row, 0).data().toString()));
    // The row's padding, the frame and the scroll bar around the text.
    const int wanted = text + 4 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view)
        + metrics.averageCharWidth() * 2 + 2 * view->frameWidth()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    const QRect screen = view->screen() ? view->screen()->availableGeometry() : QRect();
    const int width = std::min(wanted, screen.isValid() ? screen.width() : wanted);
    if (view->width() >= width)
        return;
    QRect geometry = view->geometry();
    geometry.setWidth(width);
    // Kept on the screen: it grows to the left when the field is near the right edge.
    if (screen.isValid() && geometry.right() > screen.right())
        geometry.moveRight(screen.right());
    view->setGeometry(geometry);
}

bool ModelPicker::isFavorite(const QString &id) const
{
    return m_favorites.contains(id.trimmed());
}

void ModelPicker::setFavorite(const QString &id, bool favorite)
{
    const QString key = id.trimmed();
    if (key.isEmpty() || m_favorites.contains(key) == favorite)
        return;
    if (favorite)
        m_favorites.append(key);
    else
        m_favorites.removeAll(key);
    m_list->setFavorites(m_favorites);
    if (m_config)
        m_config->set(Config::FavoriteModels, m_favorites);
    m_favoriteAction->setText(isFavorite(currentModel()) ? tr("Remove from Favourites")
                                                         : tr("Add to Favourites"));
}

bool ModelPicker::showDeprecated() const
{
    return m_deprecatedAction->isChecked();
}

void ModelPicker::setShowDeprecated(bool show)
{
    m_deprecatedAction->setChecked(show);
    m_list->setShowDeprecated(show);
    if (m_config)
        m_config->set(Config::ShowDeprecatedModels, show);
}

void ModelPicker::setFilterText(const QString &text)
{
    m_list->setFilter(text);
}

QAbstractItemModel *ModelPicker::listModel() const
{
    return m_list;
}

void ModelPicker::rememberRecent(const QString &id)
{
    if (id.isEmpty() || (!m_recent.isEmpty() && m_recent.first() == id))
        return;
    m_recent.removeAll(id);
    m_recent.prepend(id);
    while (m_recent.size() > MaxRecent)
        m_recent.removeLast();
    m_list->setRecent(m_recent);
    if (m_config)
        m_config->set(Config::RecentModels, m_recent);
}

void ModelPicker::showRowMenu(const QPoint &pos)
{
    QAbstractItemView *view = m_completer->popup();
    const QString id = view->indexAt(pos).data(ModelIdRole).toString();
    if (id.isEmpty())
        return;
    QMenu menu(view);
    const bool favorite = isFavorite(id);
    menu.addAction(favorite ? tr("Remove from Favourites") : tr("Add to Favourites"), this,
                   [this, id, favorite] { setFavorite(id, !favorite); });
    menu.addAction(m_deprecatedAction);
    menu.exec(view->viewport()->mapToGlobal(pos));
}
