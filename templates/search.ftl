<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.frame>
<header class="page-header"><h1>Search</h1></header>
<noscript><p>Search needs JavaScript. Browse instead: <a href="${root}index.html">cases</a>, <a href="${root}${nav.themes}">themes</a>.</p></noscript>
</@layout.frame>
