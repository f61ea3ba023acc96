# 突发事件和重大事件（第四条第二款）：草稿报县政府办公室审核，留言上报请示。
# 复合词（人员伤亡、火灾事故、洪涝灾害）不能因分词而漏报，故按子串匹配。
@category emergency
@draft    county_office
@comment  escalate
@severity high
@article  第四条第二款
@boundary substring
@message  涉及突发事件或重大事件（“{term}”），须报县政府办公室审核，经县领导同意后发布
@comment_message 留言涉及突发事件或重大事件（“{term}”），须上报请示后处理

地震
余震
泥石流
山体滑坡
滑坡
山洪
洪涝
洪灾
内涝
森林火灾
火灾
火情
安全生产事故
生产安全事故
交通事故
疫情
传染病
群体性事件
伤亡
遇难
身亡
失联
失踪
食物中毒
中毒事件
爆炸
坍塌
塌方
溺亡
踩踏
雪灾
冰雹灾害
旱灾
