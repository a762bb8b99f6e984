<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.frame>
<header class="page-header">
  <h1>Themes</h1>
  <p class="lede">What the class wrote about, across all cases.</p>
</header>
<#if themes?has_content>
<ul class="theme-list">
  <#list themes as t><li><a href="${root}${t.url}">${t.label}</a> <span class="count">${t.count}</span></li></#list>
</ul>
<#else>
<p class="empty">No answers have themes yet.</p>
</#if>
</@layout.frame>
