package se.larmcentral.crisis.cap;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The OASIS CAP 1.2 XML Schema (CAP-v1.2.xsd), loaded from where it is kept (never bundled), and the check of a
 * document against it: every problem with its line. Documents with a DOCTYPE are refused before validation.
 */
public final class CapSchema {

    private final Schema schema;

    private CapSchema(Schema schema) {
        this.schema = schema;
    }

    /** Loads the schema; a missing or unreadable file is refused naming it. */
    public static CapSchema load(Path xsd) {
        if (!Files.isRegularFile(xsd)) {
            throw new IllegalArgumentException("missing CAP 1.2 schema file " + xsd.toAbsolutePath().normalize());
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return new CapSchema(factory.newSchema(xsd.toFile()));
        } catch (SAXException e) {
            throw new IllegalArgumentException("cannot read the CAP 1.2 schema " + xsd + ": " + e.getMessage(), e);
        }
    }

    /** Every problem the schema finds in the document (empty when it is valid CAP 1.2). */
    public List<CapProblem> problems(byte[] xml) {
        List<CapProblem> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(new CapProblem(e.getLineNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(new CapProblem(e.getLineNumber(), e.getMessage()));
            }
        };
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(collect);
            validator.validate(new SAXSource(safeReader(), new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXParseException e) {
            if (problems.isEmpty()) {
                problems.add(new CapProblem(e.getLineNumber(), e.getMessage()));
            }
        } catch (SAXException | IOException e) {
            problems.add(new CapProblem(0, e.getMessage()));
        }
        return List.copyOf(problems);
    }

    private static XMLReader safeReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser cannot be made safe", e);
        }
    }
}
