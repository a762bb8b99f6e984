<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros/search.ftl" as search>
<@layout.frame>
<@search.searchPage root=root/>
</@layout.frame>
