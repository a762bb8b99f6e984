<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.frame>
<header class="page-header">
  <h1>Themes</h1>
  <p class="lede">What the class wrote about, across all cases.</p>
</header>
<#if themes?has_content>
<ul class="theme-list">
  <#list themes as t><li><a href="${root}${t.url}"><span class="theme-label">${t.label}</span> <span class="count">${t.count}<span class="visually-hidden"> <#if t.count == 1>answer<#else>answers</#if></span></span></a></li></#list>
</ul>
<#else>
<p class="empty">No answers have themes yet.</p>
</#if>
</@layout.frame>
