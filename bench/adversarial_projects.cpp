// strata-adversarial: writes the adversarial projects of bench/AdversarialProjects.h, each into a
// folder of its own, for bench/adversarial.sh to time `strata validate` on.
//
//   strata-adversarial [--scale F] [--only NAME] OUTDIR
//
// Prints one line per project: "NAME<TAB>BYTES<TAB>COUNT<TAB>SHAPE". --scale multiplies every
// shape's count (1 = about 1 MB of input each).
#include "AdversarialProjects.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes Strata's adversarial benchmark projects."));
    parser.addHelpOption();
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Multiplies every count."),
                                         QStringLiteral("F"), QStringLiteral("1"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Writes only this project."),
                                        QStringLiteral("NAME"));
    parser.addOption(scaleOption);
    parser.addOption(onlyOption);
    parser.addPositionalArgument(QStringLiteral("OUTDIR"), QStringLiteral("Folder to write the projects into."));
    parser.process(app);

    bool ok = false;
    const double scale = parser.value(scaleOption).toDouble(&ok);
    if (!ok || scale <= 0 || parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "usage: strata-adversarial [--scale F] [--only NAME] OUTDIR\n");
        return 2;
    }
    const QString out = parser.positionalArguments().first();
    bool found = false;
    for (const Strata::Adversarial::Shape &shape : Strata::Adversarial::shapes()) {
        if (parser.isSet(onlyOption) && shape.name != parser.value(onlyOption))
            continue;
        found = true;
        const int count = qMax(1, int(shape.benchCount * scale));
        const Strata::Adversarial::Project project = shape.build(count);
        if (!project.write(out + QLatin1Char('/') + project.name)) {
            std::fprintf(stderr, "strata-adversarial: cannot write %s\n", qPrintable(out + u'/' + project.name));
            return 1;
        }
        std::printf("%s\t%lld\t%d\t%s\n", qPrintable(project.name), static_cast<long long>(project.bytes()), count,
                    qPrintable(project.shape));
    }
    if (!found) {
        std::fprintf(stderr, "strata-adversarial: no project named %s\n", qPrintable(parser.value(onlyOption)));
        return 2;
    }
    return 0;
}
