#include <strata/docs/MermaidDiagram.h>

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Strata {

namespace MermaidText {

QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"': out += u"#quot;"_s; break;
        case u'<': out += u"#lt;"_s; break;
        case u'>': out += u"#gt;"_s; break;
        case u'&': out += u"#amp;"_s; break;
        // '#' would start an entity code of the text's own ("#lt;"), '%' a comment or directive,
        // '`' a Markdown string, '\' an escape; ';' and '|' end statements and edge labels in places.
        case u'#': out += u"#35;"_s; break;
        case u'%': out += u"#37;"_s; break;
        case u'`': out += u"#96;"_s; break;
        case u'\\': out += u"#92;"_s; break;
        case u';': out += u"#59;"_s; break;
        case u'|': out += u"#124;"_s; break;
        case u'{': out += u"#123;"_s; break;
        case u'}': out += u"#125;"_s; break;
        case u'\n': case u'\r': case u'\t': out += u' '; break;
        default:
            if (c.category() != QChar::Other_Control)
                out += c;
        }
    }
    return out;
}

QString word(const QString &text, bool *exact)
{
    QString out;
    out.reserve(text.size() + 1);
    for (const QChar c : text) {
        const bool kept = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                          || c == u'_' || c == u'-' || c == u'(' || c == u')' || c == u'[' || c == u']';
        out += kept ? c : u'_';
    }
    if (out.isEmpty() || !(out.front().isLetter() || out.front() == u'_'))
        out.prepend(u'_');
    if (exact)
        *exact = out == text;
    return out;
}

} // namespace MermaidText

namespace {

// Builds one diagram from some of the nodes: their declarations and edges, then stubs for the ends of
// edges that are not among them.
class Assembly
{
public:
    Assembly(const QString &header, const QHash<QString, const MermaidNode *> &byId)
        : m_header(header), m_byId(&byId), m_size(header.size())
    {
    }

    // The size the diagram would have with `node` added.
    qsizetype sizeWith(const MermaidNode &node, bool stubbed) const
    {
        qsizetype size = m_size + (stubbed ? node.stub.size() : node.declaration.size());
        if (m_stubbedTargets.contains(node.id))
            size -= m_byId->value(node.id)->stub.size(); // its stub gives way to the node itself
        QSet<QString> counted;
        for (qsizetype i = 0; i < node.edges.size(); ++i) {
            size += node.edges.at(i).size();
            const QString &target = node.targets.value(i);
            if (target != node.id && !m_own.contains(target) && !m_stubbedTargets.contains(target)
                && !counted.contains(target)) {
                counted.insert(target);
                if (const MermaidNode *far = m_byId->value(target))
                    size += far->stub.size();
            }
        }
        return size;
    }

    void add(const MermaidNode &node, bool stubbed)
    {
        m_size = sizeWith(node, stubbed);
        m_own.insert(node.id);
        m_stubbedTargets.remove(node.id);
        m_nodes.append({&node, stubbed});
        for (const QString &target : node.targets) {
            if (target != node.id && !m_own.contains(target) && m_byId->contains(target))
                m_stubbedTargets.insert(target);
        }
    }

    bool isEmpty() const { return m_nodes.isEmpty(); }
    qsizetype size() const { return m_size; }

    MermaidBlock block() const
    {
        MermaidBlock block;
        block.text = m_header;
        for (const auto &[node, stubbed] : m_nodes) {
            block.text += stubbed ? node->stub : node->declaration;
            if (stubbed)
                block.stubbed.append(node->id);
        }
        // Stubs in the order the edges name them, so that the text does not depend on hashing.
        QSet<QString> written;
        for (const auto &[node, stubbed] : m_nodes) {
            for (const QString &target : node->targets) {
                if (m_stubbedTargets.contains(target) && !written.contains(target)) {
                    written.insert(target);
                    block.text += m_byId->value(target)->stub;
                }
            }
        }
        for (const auto &[node, stubbed] : m_nodes) {
            for (const QString &edge : node->edges)
                block.text += edge;
        }
        return block;
    }

private:
    QString m_header;
    const QHash<QString, const MermaidNode *> *m_byId;
    qsizetype m_size = 0;
    QSet<QString> m_own;
    QSet<QString> m_stubbedTargets;
    QList<std::pair<const MermaidNode *, bool>> m_nodes;
};

// The parts of one group: as many nodes in each as the limit allows, in their order.
QList<MermaidBlock> partsOf(const QString &header, const QList<const MermaidNode *> &nodes,
                            const QHash<QString, const MermaidNode *> &byId, qsizetype limit)
{
    QList<MermaidBlock> parts;
    Assembly current(header, byId);
    for (const MermaidNode *node : nodes) {
        if (!current.isEmpty() && current.sizeWith(*node, false) > limit) {
            parts.append(current.block());
            current = Assembly(header, byId);
        }
        // A node that alone is too long (a table of thousands of columns) is drawn as its stub.
        const bool stubbed = current.sizeWith(*node, false) > limit;
        current.add(*node, stubbed);
    }
    if (!current.isEmpty())
        parts.append(current.block());
    return parts;
}

} // namespace

QList<MermaidBlock> mermaidBlocks(const QString &header, const QList<MermaidNode> &nodes,
                                  const QList<MermaidNode> &far, qsizetype limit)
{
    QHash<QString, const MermaidNode *> byId;
    for (const MermaidNode &node : far)
        byId.insert(node.id, &node);
    QList<const MermaidNode *> all;
    for (const MermaidNode &node : nodes) {
        byId.insert(node.id, &node);
        all.append(&node);
    }
    Assembly whole(header, byId);
    for (const MermaidNode *node : std::as_const(all))
        whole.add(*node, false);
    if (whole.size() <= limit)
        return {whole.block()};

    QStringList groups;
    QHash<QString, QList<const MermaidNode *>> members;
    for (const MermaidNode *node : std::as_const(all)) {
        if (!members.contains(node->group))
            groups.append(node->group);
        members[node->group].append(node);
    }
    QList<MermaidBlock> blocks;
    Assembly current(header, byId);
    QStringList currentGroups;
    const auto flush = [&] {
        if (currentGroups.isEmpty())
            return;
        blocks.append(current.block());
        blocks.last().groups = currentGroups;
        current = Assembly(header, byId);
        currentGroups.clear();
    };
    const auto with = [&](Assembly assembly, const QList<const MermaidNode *> &nodes) {
        for (const MermaidNode *node : nodes)
            assembly.add(*node, false);
        return assembly;
    };
    for (const QString &group : std::as_const(groups)) {
        const QList<const MermaidNode *> &nodes = members[group];
        // Whole groups share a block while they fit (a thousand small packages make a few diagrams,
        // not a thousand); a group too long alone is cut into parts of its own.
        if (Assembly joined = with(current, nodes); joined.size() <= limit) {
            current = joined;
            currentGroups.append(group);
            continue;
        }
        flush();
        if (Assembly alone = with(current, nodes); alone.size() <= limit) {
            current = alone;
            currentGroups.append(group);
            continue;
        }
        QList<MermaidBlock> parts = partsOf(header, nodes, byId, limit);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            parts[i].groups = QStringList{group};
            parts[i].part = int(i + 1);
            parts[i].partCount = int(parts.size());
        }
        blocks += parts;
    }
    flush();
    return blocks;
}

} // namespace Strata
