<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.frame>
<header class="page-header">
  <h1>${msg("themes.title")}</h1>
  <p class="lede">${msg("themes.lede")}</p>
</header>
<#if themes?has_content>
<ul class="theme-list">
  <#list themes as t><li><a href="${link(t.url)}"><span class="theme-label">${t.label}</span> <span class="count">${msg("number", t.count)}<span class="visually-hidden"> ${msg("word.answers", t.count)}</span></span></a></li></#list>
</ul>
<#else>
<p class="empty">${msg("themes.empty")}</p>
</#if>
</@layout.frame>
