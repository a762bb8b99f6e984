package org.casebake.parse;

import org.casebake.parse.SvgImage.Refusal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an SVG may hold to be published as it is, one construct at a time: a drawing as editors save
 * it passes; anything that could run script or load from elsewhere is refused at its place, however
 * it is spelt. (The problem fixture svg-that-could-run-script-or-load-from-elsewhere pins the
 * messages as a build prints them.)
 */
class SvgImageTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

    private static Optional<Refusal> check(String svg) {
        return SvgImage.check(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String reason(String svg) {
        Optional<Refusal> refusal = check(svg);
        assertTrue(refusal.isPresent(), "published: " + svg);
        return refusal.get().reason();
    }

    private static void assertPublished(String svg) {
        assertEquals(Optional.empty(), check(svg), svg);
    }

    @Test
    void aDrawingAsEditorsSaveItIsPublished() {
        assertPublished("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + OPEN.replace(">", " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\""
                + " xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\">")
                + "<sodipodi:namedview/><defs><linearGradient id=\"g\"/><rect id=\"box\" width=\"5\" height=\"5\"/></defs>"
                + "<style><![CDATA[ .a { fill: url( '#g' ) } ]]></style><style>.b { fill: url(#g) }</style>"
                + "<g inkscape:label=\"Layer 1\"><use xlink:href=\"#box\"/><use href=\" #box\" fill=\"URL(#g)\"/>"
                + "<svg x=\"1\"><rect width=\"1\" height=\"1\"/></svg>"
                + "<animate attributeName=\"opacity\" from=\"0\" to=\"1\"/><set attributeName=\"fill\" to=\"red\"/>"
                + "<text>data: a label, javascript is a word, on and off</text></g></svg>");
    }

    @Test
    void textAfterAStyleSheetIsNotReadAsOne() {
        assertPublished(OPEN + "<style>.a { fill: red }</style><text>@import is what this chart is about</text></svg>");
    }

    @Test
    void theRootMustBeAnSvgElementInTheSvgNamespace() {
        assertEquals("it is not an SVG image (its root element is <html>)",
                reason("<html xmlns=\"http://www.w3.org/2000/svg\"><svg/></html>"));
        assertEquals("its <svg> element lacks xmlns=\"http://www.w3.org/2000/svg\", so it is no SVG image to a browser",
                reason("<svg xmlns=\"http://www.w3.org/1999/xhtml\"/>"));
    }

    @Test
    void anElementOutsideTheSvgAndMetadataNamespacesIsRefused() {
        assertEquals("it has a <div> element in namespace 'http://www.w3.org/1999/xhtml', which a browser could treat as HTML",
                reason(OPEN + "<g><div xmlns=\"http://www.w3.org/1999/xhtml\"/></g></svg>"));
        assertEquals("it has a <x> element in namespace '', which a browser could treat as HTML",
                reason(OPEN + "<x xmlns=\"\"/></svg>"));
    }

    @Test
    void elementsThatRunScriptOrShowAPageAreRefusedInAnyCase() {
        assertEquals("it has a <SCRIPT> element, which could run script or show a web page", reason(OPEN + "<SCRIPT/></svg>"));
        assertEquals("it has a <foreignObject> element, which could run script or show a web page",
                reason(OPEN + "<foreignObject/></svg>"));
        assertEquals("it has a <handler> element, which could run script or show a web page", reason(OPEN + "<handler/></svg>"));
    }

    @Test
    void eventHandlersAreRefusedOnAnyElementAndInAnyCase() {
        assertEquals("it has an event handler attribute 'onmouseover', which could run script",
                reason(OPEN + "<g><rect onmouseover=\"x()\"/></g></svg>"));
        assertEquals("it has an event handler attribute 'OnLoad', which could run script",
                reason("<svg OnLoad=\"x()\" xmlns=\"http://www.w3.org/2000/svg\"/>"));
    }

    @Test
    void aReferenceOutsideTheFileIsRefusedAndOnlyAFragmentIsAllowed() {
        assertEquals("it has xlink:href=\"other.svg#box\", a reference outside the file (only #fragments are allowed)",
                reason(OPEN + "<use xlink:href=\"other.svg#box\"/></svg>"));
        assertEquals("it has href=\"https://evil.example/very/long/address/that/goes/on/and/o...\", a reference"
                        + " outside the file (only #fragments are allowed)",
                reason(OPEN + "<a href=\"https://evil.example/very/long/address/that/goes/on/and/on/for/a/while/longer\"/></svg>"));
        assertEquals("it has an xml:base attribute, which changes where its references lead",
                reason(OPEN + "<g xml:base=\"https://evil.example/\"/></svg>"));
    }

    @Test
    void aUrlFunctionLeadingOutOfTheFileIsRefusedInAttributesAndStyleSheets() {
        assertEquals("its attribute 'style' holds url(https://evil.example/p.png), a reference outside the file"
                        + " (only url(#fragment) is allowed)",
                reason(OPEN + "<rect style=\"fill: url(#g); stroke: url( 'https://evil.example/p.png' )\"/></svg>"));
        assertEquals("its style sheet holds url(//evil.example/p), a reference outside the file (only url(#fragment) is allowed)",
                reason(OPEN + "<style><![CDATA[ rect { fill: UrL(\"//evil.example/p\") } ]]></style></svg>"));
    }

    @Test
    void schemesAndStyleFeaturesThatRunScriptAreRefusedHoweverTheyAreSpelt() {
        assertEquals("its attribute 'fill' holds 'javascript:', which could run script or load from elsewhere",
                reason(OPEN + "<rect fill=\"J a&#9;v\\ascript :x\"/></svg>"));
        assertEquals("its attribute 'to' holds 'vbscript:', which could run script or load from elsewhere",
                reason(OPEN + "<set attributeName=\"fill\" to=\"VBScript:x\"/></svg>"));
        assertEquals("its style sheet holds 'expression(', which could run script or load from elsewhere",
                reason(OPEN + "<style>rect { width: expression (alert(1)) }</style></svg>"));
        assertEquals("its style sheet holds 'behavior:', which could run script or load from elsewhere",
                reason(OPEN + "<style>rect { behavior: x }</style></svg>"));
        assertEquals("its attribute 'style' holds '-moz-binding', which could run script or load from elsewhere",
                reason(OPEN + "<rect style=\"-moz-binding: x\"/></svg>"));
        assertEquals("its attribute 'style' holds 'data:', which could run script or load from elsewhere",
                reason(OPEN + "<rect style=\"fill: d&#x7f;ata:x\"/></svg>"));
    }

    @Test
    void aWordSplitAcrossTextAndCdataOrWrittenAsAReferenceIsReadWhole() {
        assertEquals("its style sheet holds '@import', which could run script or load from elsewhere",
                reason(OPEN + "<style>@im<![CDATA[port]]> \"https://evil.example/x.css\";</style></svg>"));
        assertEquals("its style sheet holds '@import', which could run script or load from elsewhere",
                reason(OPEN + "<style>&#64;import \"https://evil.example/x.css\";</style></svg>"));
    }

    @Test
    void aReferenceUpToSixtyCharactersIsShownWhole() {
        String sixty = "https://evil.example/" + "a".repeat(60 - "https://evil.example/".length());
        assertEquals("it has href=\"" + sixty + "\", a reference outside the file (only #fragments are allowed)",
                reason(OPEN + "<a href=\"" + sixty + "\"/></svg>"));
    }

    @Test
    void anAnimationOfALinkOrAnEventHandlerIsRefused() {
        assertEquals("it animates the attribute 'xlink:HREF', which could change where a link leads",
                reason(OPEN + "<a><set attributeName=\" xlink:HREF \" to=\"#x\"/></a></svg>"));
        assertEquals("it animates the attribute 'onclick', which could change where a link leads",
                reason(OPEN + "<animateTransform attributeName=\"onclick\"/></svg>"));
    }

    @Test
    void aRefusalSaysWhereInTheFileItIsAtTheEndOfTheTagAsTheXmlReaderCountsIt() {
        assertEquals(Optional.of(new Refusal(3, 10, "it has a <script> element, which could run script or show a web page")),
                check(OPEN + "\n<g>\n<script/></g></svg>"));
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedWithTheParsersReasonOnOneLine() {
        Refusal refusal = check(OPEN + "\n  <rect></svg>").orElseThrow();
        assertEquals(2, refusal.line());
        assertTrue(refusal.column() > 1, "the column the parser stopped at: " + refusal.column());
        assertTrue(refusal.reason().startsWith("it is not well-formed XML: "), refusal.reason());
        assertTrue(refusal.reason().lines().count() == 1, refusal.reason());
        assertTrue(refusal.reason().contains("rect"), "the parser's own words, naming the element: " + refusal.reason());
    }

    @Test
    void doctypesEntitiesAndProcessingInstructionsAreRefused() {
        assertEquals("it has a DOCTYPE, which could define entities",
                reason("<!DOCTYPE svg [<!ENTITY e \"x\">]>" + OPEN + "&e;</svg>"));
        assertEquals("it has a processing instruction <?xml-stylesheet?>, which could load a style sheet",
                reason("<?xml-stylesheet href=\"a.css\"?>" + OPEN + "</svg>"));
    }
}
