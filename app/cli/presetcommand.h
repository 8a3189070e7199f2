#pragma once

#include <QStringList>

namespace Cli {

// sift preset set NAME [-s|--system TEXT] [-m|--model MODEL] [-t|--temperature T]
//                      [--max-tokens N] [--param KEY=VALUE]…
// sift preset list [--json] | sift preset remove NAME | sift preset export |
// sift preset import FILE
// `command`: the index of the word "preset" in arguments (CliSupport::commandIndex).
int runPreset(const QStringList &arguments, int command);

} // namespace Cli
