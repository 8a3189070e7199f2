#pragma once

#include <QStringList>

class QCoreApplication;

// The headless commands: sift chat | models | key (| rerank). Same core classes as the GUI.
// Exit codes: 0 ok, 2 usage error, 3 authentication, 4 network, 5 server/other.
namespace Cli {

enum ExitCode { Ok = 0, Usage = 2, Auth = 3, Network = 4, Other = 5 };

// True when argv names a CLI command (or --version/--help), so main() builds no QApplication.
bool isCliInvocation(const QStringList &arguments);
// Runs the command to completion (it spins the event loop of the existing app).
int run(QCoreApplication &app, const QStringList &arguments);

} // namespace Cli
