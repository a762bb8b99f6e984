<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.frame>
<header class="page-header"><h1>Page not found</h1></header>
<p>The page you asked for is not here. It may have moved when the course was rebuilt.</p>
<p><a href="${root}index.html">Go to the cases</a> or <a href="${root}${nav.search}">search the site</a>.</p>
</@layout.frame>
