package org.casebake.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.casebake.model.OutputFile;

/**
 * Reads index files back as search-engine.js does: the data of {@code CasebakeSearch.load(key, data);},
 * and a packed document file's base64 inflated (zlib format) to its JSON, with the JDK's own Inflater.
 */
final class IndexScripts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexScripts() {
    }

    /** The data an index file hands over, as JSON text; a packed string is inflated to the JSON it holds. */
    static String json(OutputFile file) {
        JsonNode data = data(file);
        return data.isTextual() ? inflate(data.textValue()) : data.toString();
    }

    /** The data an index file hands over, parsed; a packed string is inflated and parsed. */
    static JsonNode tree(OutputFile file) {
        return parse(json(file));
    }

    /** The data an index file hands over, as it is in the file (a packed document file's data is a string). */
    static JsonNode data(OutputFile file) {
        String script = new String(file.bytes(), StandardCharsets.UTF_8);
        String key = file.path().substring("search/".length(), file.path().length() - ".js".length());
        String head = "CasebakeSearch.load(\"" + key + "\",";
        if (!script.startsWith(head) || !script.endsWith(");\n")) {
            throw new AssertionError(file.path() + " is not a call of CasebakeSearch.load: " + script);
        }
        return parse(script.substring(head.length(), script.length() - ");\n".length()));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Base64 of zlib-format deflated UTF-8, inflated. */
    static String inflate(String base64) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(Base64.getDecoder().decode(base64));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new AssertionError("the packed data end before the deflate stream does");
                }
                out.write(buffer, 0, n);
            }
            if (inflater.getRemaining() != 0) {
                throw new AssertionError(inflater.getRemaining() + " bytes follow the deflate stream");
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new AssertionError("not zlib-format deflate data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
