#pragma once

// Runs CMake on projects that use Strata as an installed package: the consumer tests build real
// programs against a real `cmake --install` of this build, with this build's compiler and flags (the
// sanitizer build's static library needs its runtimes in the consumer too).

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Strata::PackageTest {

struct Run
{
    int exitCode = -1;
    QString output; // stdout and stderr, merged
    bool ok() const { return exitCode == 0; }
};

inline Run run(const QString &program, const QStringList &arguments, const QString &workingDir = {},
               int timeoutMs = 600000)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start();
    Run result;
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.output = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return result;
    }
    result.output = QString::fromUtf8(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

inline Run cmake(const QStringList &arguments, const QString &workingDir = {})
{
    return run(QStringLiteral(STRATA_CMAKE_COMMAND), arguments, workingDir);
}

// Configures SOURCE into BUILD as this build was configured (generator, compiler, type, flags).
inline Run configure(const QString &source, const QString &build, const QStringList &extra)
{
    return cmake(QStringList{u"-S"_qs, source, u"-B"_qs, build, u"-G"_qs, QStringLiteral(STRATA_CMAKE_GENERATOR),
                             u"-DCMAKE_CXX_COMPILER="_qs + QStringLiteral(STRATA_CXX_COMPILER),
                             u"-DCMAKE_BUILD_TYPE="_qs + QStringLiteral(STRATA_BUILD_TYPE),
                             u"-DCMAKE_CXX_FLAGS="_qs + QStringLiteral(STRATA_CXX_FLAGS)}
                 + extra);
}

} // namespace Strata::PackageTest
