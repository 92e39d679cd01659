package org.statcommons.support;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.Severity;

/**
 * The DCAT-AP 3.0.0 SHACL shapes (SEMICeu/DCAT-AP's mandatory and recommended shapes, kept as test data with their
 * licence under {@code /dcat-ap-3.0.0/}) and Jena's SHACL engine, validating what the catalogue writes.
 */
public final class DcatShapes {

    private final Shapes shapes;

    public DcatShapes() {
        Model graph = ModelFactory.createDefaultModel();
        for (String file : new String[] {"dcat-ap-SHACL.ttl", "shapes_recommended.ttl"}) {
            RDFParser.source(DcatShapes.class.getResourceAsStream("/dcat-ap-3.0.0/" + file))
                    .lang(Lang.TURTLE)
                    .parse(graph);
        }
        this.shapes = Shapes.parse(graph.getGraph());
    }

    /** The model read from an answer's body in the given syntax. */
    public static Model parse(byte[] body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(model);
        return model;
    }

    /** Every violation of the shapes the model commits, one a line; empty when it conforms. */
    public String violations(Model model) {
        return ShaclValidator.get().validate(shapes, model.getGraph()).getEntries().stream()
                .filter(e -> e.severity() == Severity.Violation)
                .map(Object::toString)
                .collect(Collectors.joining("\n"));
    }
}
