# 治安和人身伤害事件（打人、伤人、轻生）：不是第四条的重大事件，草稿由分管领导审核；留言是敏感信息，
# 上报请示（第十条）。群体性事件的征兆（堵路、拉横幅）在 emergency.lex，报县政府办公室。
@category incident
@draft    deputy_leader
@comment  escalate
@negation drop
@prevention drop
# 比喻和夸张（简直是车祸现场、笑到淹死、被困在题海里）不是事件
@figurative drop
@severity medium
@article  第十条
@message  涉及治安或人身伤害事件（“{term}”），需分管领导审核
@comment_message 留言涉及治安或人身伤害事件（“{term}”），须上报请示后处理

殴打
打伤
砍伤
捅伤
刺伤
持刀
行凶
打人
跳楼
跳河
轻生
自杀
# 允许词：预防宣传
!预防自杀
!防自杀
!自杀式
!跳楼机
!跳楼价
!跳楼大甩卖
