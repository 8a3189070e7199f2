#pragma once

#include <QString>

class EvalStore;
struct RerankSet;

// Relevance labels given in the rerank workbench to a question that came from a knowledge
// collection collect into that collection's evaluation set ("Knowledge: NAME"), so the Evaluate
// tab measures the collection's retrieval on the user's own questions. A passage is identified
// by a hash of its text (the same passage keeps its id across syncs); a question by a hash of
// its text, so labelling it again updates its grades instead of adding it twice. The
// workbench's documents, in their order (retrieval's fused order), are the query's candidates.
namespace KnowledgeEvalSet {

QString setName(const QString &collection);
// Adds or updates the question and its labelled passages; unlabelled ones stay candidates
// without a grade, then emits the store's setListChanged() and setChanged(id). Returns the set's
// id, 0 on failure (the store's lastError() says why) or when nothing is labelled.
qint64 addLabels(EvalStore *store, const QString &collection, const RerankSet &set);

} // namespace KnowledgeEvalSet
