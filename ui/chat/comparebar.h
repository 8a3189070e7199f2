#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class Config;
class ModelCatalog;
class ModelPicker;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

// The row under the chat's model picker while Compare is on: up to three more models (each a
// ModelPicker with a remove button), "Add model", the Blind checkbox and the leaderboard.
class CompareBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxExtraModels = 3;

    explicit CompareBar(QWidget *parent = nullptr);

    void setCatalog(const ModelCatalog *catalog);
    void setConfig(Config *config);

    // The extra models chosen, in order (empty pickers left out).
    QStringList models() const;
    void setModels(const QStringList &models);
    QList<ModelPicker *> pickers() const { return m_pickers; }
    // Adds a picker (focused, its list open) unless there are MaxExtraModels already.
    ModelPicker *addModel(const QString &id = {});
    void removeModel(int index);
    bool isBlind() const;
    void setBlind(bool blind);
    QPushButton *addButton() const { return m_add; }
    QCheckBox *blindBox() const { return m_blind; }
    QPushButton *leaderboardButton() const { return m_leaderboard; }
    QLabel *label() const { return m_label; }

Q_SIGNALS:
    void modelsChanged();
    void leaderboardRequested();

private:
    void updateButtons();

    const ModelCatalog *m_catalog = nullptr;
    Config *m_config = nullptr;
    QLabel *m_label = nullptr;
    QHBoxLayout *m_pickerRow;
    QList<ModelPicker *> m_pickers;
    QList<QToolButton *> m_removers;
    QPushButton *m_add;
    QCheckBox *m_blind;
    QPushButton *m_leaderboard;
};
