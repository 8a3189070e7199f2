#pragma once

#include <QDialog>
#include <QPointer>

struct RetrievalOptions;
class KnowledgeSession;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

// The retrieval settings of one collection: the reranker (or none), how many fused candidates
// it sees (top-K), how many passages go into the prompt (top-N) and an optional rerank score
// threshold. Saved with the collection, like its prompt template; the Knowledge tab's search,
// the chat pane and `sift chat --kb` all use them.
class RetrievalSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    RetrievalSettingsDialog(KnowledgeSession *session, const QString &collection,
                            QWidget *parent = nullptr);

    QComboBox *rerankerBox() const { return m_reranker; }
    QSpinBox *topKBox() const { return m_topK; }
    QSpinBox *topNBox() const { return m_topN; }
    QCheckBox *thresholdCheck() const { return m_useThreshold; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    // The reranker the combo holds: empty for "No reranking".
    QString rerankModel() const;
    // Saves what the dialog shows (what OK does); false when the collection is gone.
    bool save();

private:
    void showOptions(const RetrievalOptions &options);
    void updateEnabled();

    QPointer<KnowledgeSession> m_session;
    QString m_collection;
    QComboBox *m_reranker;
    QSpinBox *m_topK;
    QSpinBox *m_topN;
    QCheckBox *m_useThreshold;
    QDoubleSpinBox *m_threshold;
};
