package almanac.progress;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The tag YAML 1.1 gives a plain scalar ("yes" is a boolean, "12" an int), as SnakeYAML's
 * resolver decides it; one for the package. A class of its own so that the resolver, whose
 * set-up compiles nine regular expressions, is made when first asked: reading a dotfile as
 * this program writes it, which every start does before its first frame, asks nothing of it.
 */
final class ImplicitTags {
    private static final Resolver RESOLVER = new Resolver();

    private ImplicitTags() {
    }

    static Tag of(String plain) {
        return RESOLVER.resolve(NodeId.scalar, plain, true);
    }
}
